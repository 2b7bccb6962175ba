import CoprodModel

/// The name and one-line doc of a metric, a setting or a category word, in English and Chinese.
public struct TermWords: Hashable, Sendable {
    /// The name: `en` "retention", `zh` "保持率".
    public let name: Bilingual
    /// One line: what it is, with its range and unit, e.g. "sustained ÷ ever joined, 0–1".
    public let doc: Bilingual

    public init(name: Bilingual, doc: Bilingual) {
        self.name = name
        self.doc = doc
    }
}

/// The words coprod shows for its metrics, settings and category words, in both languages.
///
/// Field names, keys and category words stay in Latin letters in every language (scripts are
/// portable); these are the names and doc lines printed next to them. Chinese names follow
/// ``Glossary``. Ranges and units are those the model and the interpreter enforce (docs/MODEL.md,
/// docs/LANGUAGE.md).
public enum Terms {
    /// Keyed "LEVEL.NAME" with LEVEL one of community, facility, resident, residentFacility.
    public static let metrics: [String: TermWords] = baseMetrics.merging(secondStageMetrics) { a, _ in a }

    private static let baseMetrics: [String: TermWords] = [
        // Community level (Vocabulary.modelFields).
        "community.week": text(
            "week", "周次",
            en: "weeks stepped so far, the current week, 0–10,000",
            zh: "已推进的周数，即当前周次，0–10,000"),
        "community.participation": text(
            "community ever-joined share", "社区曾参与率",
            en: "share of all residents who have ever been active on any facility, 0–1",
            zh: "全体居民中曾参与过任一设施者的占比，0–1"),
        "community.efficacy": text(
            "mean self-efficacy", "平均自我效能感",
            en: "community mean of self-efficacy, 0–1",
            zh: "全体居民自我效能感的均值，0–1"),
        "community.trust": text(
            "mean trust", "平均信任",
            en: "community mean of trust in government, 0–1",
            zh: "全体居民对政府信任的均值，0–1"),
        "community.identification": text(
            "mean identification", "平均认同",
            en: "community mean of identification, 0–1",
            zh: "全体居民认同的均值，0–1"),
        "community.responsibility": text(
            "mean public awareness", "平均公共意识",
            en: "community mean of responsibility (public awareness), 0–1",
            zh: "全体居民公共意识（责任意识）的均值，0–1"),
        "community.socialCapital": text(
            "social capital", "社会资本",
            en: "share of ties whose two residents were active in the same week for ≥ 4 weeks in all, 0–1",
            zh: "双方在同一周参与累计满 4 周的邻里关系占比，0–1"),
        "community.interventions": text(
            "active interventions", "生效干预数",
            en: "number of interventions active this week, count",
            zh: "本周正在生效的干预数，计数"),
        "community.residents": text(
            "residents", "居民数",
            en: "the community's size, count of residents",
            zh: "社区规模，居民人数"),
        "community.largestGap": text(
            "largest participation gap", "最大参与差距",
            en: "largest gap in the community ever-joined share between two age groups or two tenures, 0–1",
            zh: "两个年龄组或两类产权之间社区曾参与率的最大差距，0–1"),
        // Facility level (Vocabulary.modelFacilityFields), written F.NAME.
        "facility.phase": text(
            "phase", "阶段",
            en: "project phase: planning, design, construction or maintenance, category",
            zh: "项目阶段：规划、设计、建设或维护，类别"),
        "facility.progress": text(
            "progress", "进度",
            en: "progress through the current phase, 0–1 (0 in maintenance)",
            zh: "当前阶段的完成进度，0–1（维护阶段为 0）"),
        "facility.quality": text(
            "quality", "质量",
            en: "fit to residents' needs, fixed at the end of design (projected before), 0–1",
            zh: "与居民需求的契合度，设计结束时确定（此前为预估值），0–1"),
        "facility.condition": text(
            "condition", "完好度",
            en: "state of repair in maintenance, 1 until completion, 0–1",
            zh: "维护阶段的完好程度，建成前为 1，0–1"),
        "facility.everJoined": text(
            "ever-joined share", "曾参与率",
            en: "share of served residents who ever joined, 0–1",
            zh: "受益居民中曾经参与者的比例，0–1"),
        "facility.active": text(
            "active", "当前参与人数",
            en: "residents active on the facility now, count",
            zh: "目前正在参与该设施的居民数，计数"),
        "facility.sustained": text(
            "sustained", "持续参与人数",
            en: "residents with sustained behaviour (≥ sustainWeeks weeks in a row), count",
            zh: "出现持续行为（连续参与达到持续行为周数，默认 8 周）的居民数，计数"),
        "facility.retention": text(
            "retention", "保持率",
            en: "sustained ÷ ever joined, 0–1",
            zh: "持续参与人数 ÷ 曾参与人数，0–1"),
        "facility.autonomy": text(
            "autonomy share", "自主进入占比",
            en:
                "share of entries through the autonomous channel, 0–1 (0 before any entry, 1 if residents initiated it)",
            zh: "经由自主渠道的进入所占比例，0–1（尚无进入时为 0，居民发起的项目为 1）"),
        "facility.type": text(
            "type", "类型",
            en: "co-production type I, II, III or IV, category",
            zh: "共同生产类型 I、II、III 或 IV，类别"),
        "facility.degraded": text(
            "degraded", "失修",
            en: "1 once condition has fallen below 0.3, else 0",
            zh: "完好度曾跌破 0.3 则为 1，否则为 0"),
        "facility.completedAt": text(
            "completed at", "建成周次",
            en: "week it entered maintenance, or -1 if not yet complete",
            zh: "进入维护阶段的周次，尚未建成为 -1"),
        "facility.aware": text(
            "aware", "知晓人数",
            en: "residents aware of the facility (any stage but unaware), count",
            zh: "知晓该设施的居民数（除 unaware 外的任何状态），计数"),
        "community.governmentWork": text(
            "government work", "政府投入", en: "government work units spent on all facilities so far, 0 or more",
            zh: "迄今政府在所有设施上投入的工作单位，≥ 0"),
        "facility.autonomousEntries": text(
            "autonomous entries", "自主进入次数", en: "entries so far through the autonomous channel, count",
            zh: "迄今经由自主渠道的进入次数，计数"),
        "facility.publicness": text(
            "publicness", "公共性", en: "publicness in force this week: 0 a few households … 1 the whole community, 0–1",
            zh: "本周生效的公共性：0 为少数住户 … 1 为整个社区，0–1"),
        "facility.served": text("served", "受益人数", en: "residents the facility serves, count", zh: "该设施服务的居民数，计数"),
        "facility.governmentWork": text(
            "government work", "政府投入", en: "government work units spent on the facility so far, 0 or more",
            zh: "迄今政府在该设施上投入的工作单位，≥ 0"),
        "facility.newlyAware": text(
            "newly aware", "新增知晓人数", en: "residents who became aware of the facility in the last week, count",
            zh: "上一周新知晓该设施的居民数，计数"),
        "facility.autonomousJoins": text(
            "autonomous joins", "自主加入人数", en: "residents who joined on their own in the last week, count",
            zh: "上一周经自主渠道加入的居民数，计数"),
        "facility.mobilisedJoins": text(
            "mobilised joins", "动员加入人数", en: "residents who joined when mobilised in the last week, count",
            zh: "上一周经动员加入的居民数，计数"),
        "facility.lapses": text(
            "lapses", "退出人数", en: "residents who stopped taking part in the last week, count", zh: "上一周停止参与的居民数，计数"),
        "facility.role": text(
            "government role", "政府角色",
            en: "the government's role on the facility this week: 0 director … 1 enabler, 0–1",
            zh: "本周政府在该设施上的角色：0 为主导者 … 1 为使能者，0–1"),
        "facility.responsiveness": text(
            "responsiveness", "回应性",
            en: "responsiveness in force on the facility this week (raised by role-shift and council), 0–1",
            zh: "本周该设施上生效的回应性（角色转变与议事会会提高它），0–1"),
        "facility.rung": text(
            "Arnstein rung", "参与阶梯级",
            en:
                "rung on Arnstein's ladder, 1 manipulation … 8 citizen control, from role, responsiveness and autonomy; a teaching metric, not a cause",
            zh: "公民参与阶梯上的级别，1 为操纵 … 8 为公民控制，由政府角色、回应性与自主性算出；仅作教学指标，不影响模型"),
        "facility.entries": text(
            "entries", "进入次数",
            en: "entries so far, first joins and re-joins, count",
            zh: "迄今的进入次数，含首次加入与再次加入，计数"),
        "facility.salience": text(
            "salience", "显著性", en: "salience in force this week: how much it changes beneficiaries' daily lives, 0–1",
            zh: "本周生效的显著性：对受益者日常生活的改变程度，0–1"),
        "facility.interventions": text(
            "active interventions", "生效干预数",
            en: "interventions active on the facility this week, its own and those on all, count",
            zh: "本周在该设施上生效的干预数，含针对它的和针对全部设施的，计数"),
        // Resident level (Vocabulary.residentFields).
        "resident.age": text(
            "age group", "年龄组",
            en: "young, middle or older, category",
            zh: "青年、中年或老年，类别"),
        "resident.tenure": text(
            "tenure", "产权",
            en: "owner or renter, category",
            zh: "业主或租户，类别"),
        "resident.building": text(
            "building", "楼栋",
            en: "her block's number, 1, 2, …",
            zh: "所住楼栋的编号，1、2、…"),
        "resident.index": text(
            "index", "编号",
            en: "the resident's number, 1 to N",
            zh: "居民编号，1 至 N"),
        "resident.need": text(
            "need", "需求",
            en: "how much she wants the neighbourhood improved, 0–1",
            zh: "希望社区得到改善的程度，0–1"),
        "resident.efficacy": text(
            "self-efficacy", "自我效能感",
            en: "belief that her effort makes a difference, 0–1",
            zh: "相信自己的努力能带来改变的程度，0–1"),
        "resident.trust": text(
            "trust", "信任",
            en: "trust in the government and the residents' committee, 0–1",
            zh: "对政府和居委会的信任，0–1"),
        "resident.attachment": text(
            "community attachment", "社区依恋",
            en: "attachment to and identity with the community, 0–1",
            zh: "对社区的依恋与归属，0–1"),
        "resident.time": text(
            "time available", "可用时间",
            en: "time she can spare, 0–1 (1 = plenty)",
            zh: "可抽出的时间，0–1（1 表示充裕）"),
        "resident.skill": text(
            "skill", "技能",
            en: "technical and organising skill, 0–1",
            zh: "技术与组织能力，0–1"),
        "resident.digital": text(
            "digital literacy", "数字素养",
            en: "ability to use online tools, 0–1",
            zh: "使用网络工具的能力，0–1"),
        "resident.identification": text(
            "identification", "认同",
            en: "identification with the community project, 0–1",
            zh: "对社区项目的认同，0–1"),
        "resident.responsibility": text(
            "public awareness", "公共意识",
            en: "responsibility for shared affairs, 0–1",
            zh: "对公共事务的责任意识，0–1"),
        // Resident × facility level (Vocabulary.residentFacilityFields), written F.NAME.
        "residentFacility.stage": text(
            "stage", "状态",
            en: "unaware, aware, active or lapsed on F, category",
            zh: "对 F 的状态：未知晓、已知晓、参与中或已退出，类别"),
        "residentFacility.channel": text(
            "channel", "进入渠道",
            en: "how her latest entry came: none, autonomous or mobilised, category",
            zh: "最近一次进入的渠道：无、自主或动员，类别"),
        "residentFacility.joined": text(
            "joined", "曾参与",
            en: "1 if she has ever been active on F, else 0",
            zh: "曾参与 F 为 1，否则为 0"),
        "residentFacility.sustained": text(
            "sustained", "持续参与",
            en: "1 if she was once active on F for sustainWeeks weeks in a row, else 0",
            zh: "曾在 F 上连续参与满持续行为周数（默认 8 周）为 1，否则为 0"),
        "residentFacility.active": text(
            "active", "参与中",
            en: "1 if she is active on F now, else 0",
            zh: "目前正在参与 F 为 1，否则为 0"),
        "residentFacility.served": text(
            "served", "受益",
            en: "1 if F serves her, else 0",
            zh: "F 惠及她为 1，否则为 0"),
        "residentFacility.satisfaction": text(
            "satisfaction", "满意度",
            en: "how rewarding taking part in F feels, 0–1 (starts at 0.5)",
            zh: "参与 F 的满足感，0–1（初值 0.5）"),
        "residentFacility.fatigue": text(
            "fatigue", "参与疲劳",
            en: "weariness from taking part in F, 0–1 (starts at 0)",
            zh: "参与 F 累积的倦怠，0–1（初值 0）"),
        "residentFacility.joinedAt": text(
            "joined at", "首次参与周次",
            en: "the week she first joined F, or -1",
            zh: "首次参与 F 的周次，从未参与为 -1"),
        "residentFacility.vote": text(
            "vote", "表决",
            en: "how she voted at F's latest consent vote: none, yes or no, category",
            zh: "她在 F 最近一次业主表决中的选择：无、赞成或反对，类别"),
    ]

    /// Keyed "GROUP.KEY" with GROUP one of community, resident, facility, government, intervention,
    /// parameter, typology. The constants of the rules are in ``ruleParameters`` and
    /// ``secondStageParameters`` (their own files).
    public static let settings: [String: TermWords] = baseSettings.merging(ruleParameters) { a, _ in a }
        .merging(secondStageParameters) { a, _ in a }.merging(secondStageSettings) { a, _ in a }

    private static let baseSettings: [String: TermWords] = [
        // community
        "community.size": text(
            "size", "规模",
            en: "number of residents, 1–10,000,000 (default 400), in blocks of blockSize",
            zh: "居民人数，1–10,000,000（默认 400），按 blockSize 分楼栋"),
        "community.profile": text(
            "profile", "社区类型",
            en: "how traits and ages are drawn: mixed, old-estate or commodity-estate",
            zh: "特征与年龄的抽样方式：mixed、old-estate 或 commodity-estate"),
        "community.seed": text(
            "seed", "随机种子",
            en: "seed of the random generator, a whole number 0–2^53 (default 1)",
            zh: "随机数生成器的种子，整数 0–2^53（默认 1）"),
        "community.name": text(
            "name", "名称",
            en: "the community's name, a quoted string",
            zh: "社区名称，用双引号括起的字符串"),
        // resident
        "resident.age": text(
            "age group", "年龄组",
            en: "young, middle or older",
            zh: "young（青年）、middle（中年）或 older（老年）"),
        "resident.tenure": text(
            "tenure", "产权",
            en: "owner or renter",
            zh: "owner（业主）或 renter（租户）"),
        "resident.building": text(
            "building", "楼栋",
            en: "her block, 1 up to the highest block number (week 0 only)",
            zh: "所住楼栋，1 至最大楼栋号（仅限第 0 周）"),
        "resident.need": text(
            "need", "需求",
            en: "her need for neighbourhood improvement, 0–1",
            zh: "对社区改善的需求，0–1"),
        "resident.efficacy": text(
            "self-efficacy", "自我效能感",
            en: "her self-efficacy, 0–1",
            zh: "她的自我效能感，0–1"),
        "resident.trust": text(
            "trust", "信任",
            en: "her trust in the government and the residents' committee, 0–1",
            zh: "她对政府和居委会的信任，0–1"),
        "resident.attachment": text(
            "community attachment", "社区依恋",
            en: "her attachment to the community, 0–1",
            zh: "她对社区的依恋，0–1"),
        "resident.time": text(
            "time available", "可用时间",
            en: "time she can spare, 0–1",
            zh: "她可抽出的时间，0–1"),
        "resident.skill": text(
            "skill", "技能",
            en: "her technical and organising skill, 0–1",
            zh: "她的技术与组织能力，0–1"),
        "resident.digital": text(
            "digital literacy", "数字素养",
            en: "her digital literacy, 0–1",
            zh: "她的数字素养，0–1"),
        "resident.identification": text(
            "identification", "认同",
            en: "her identification with the community project, 0–1",
            zh: "她对社区项目的认同，0–1"),
        "resident.responsibility": text(
            "public awareness", "公共意识",
            en: "her responsibility (public awareness), 0–1",
            zh: "她的公共意识（责任意识），0–1"),
        // facility
        "facility.publicness": text(
            "publicness", "公共性",
            en: "who it benefits: 0 a few households … 1 the whole community, 0–1 (default 0.5)",
            zh: "惠及范围：0 为少数住户 … 1 为整个社区，0–1（默认 0.5）"),
        "facility.salience": text(
            "salience", "显著性",
            en: "how much it changes beneficiaries' daily lives, 0–1 (default 0.5)",
            zh: "对受益者日常生活的改变程度，0–1（默认 0.5）"),
        "facility.complexity": text(
            "complexity", "技术复杂度",
            en: "technical threshold of design and construction, 0–1 (default 0.5)",
            zh: "设计与建设的技术门槛，0–1（默认 0.5）"),
        "facility.visibility": text(
            "visibility", "可见度",
            en: "how visible progress is to non-participants, 0–1 (default 0.7)",
            zh: "进展对未参与者的可见程度，0–1（默认 0.7）"),
        "facility.cost": text(
            "cost", "工作量",
            en: "work units to build, 0.001–10^9 (default 80; 1 unit ≈ one resident-week of full effort)",
            zh: "建成所需的工作单位，0.001–10^9（默认 80；1 单位约等于一位居民全力投入一周）"),
        "facility.serves": text(
            "serves", "受益对象",
            en: "who benefits: all, building N, age A or tenure T (default all)",
            zh: "受益对象：all、building N、age A 或 tenure T（默认 all）"),
        "facility.initiator": text(
            "initiator", "发起方",
            en: "who proposed it: government or residents (default government)",
            zh: "发起方：government（政府）或 residents（居民）（默认 government）"),
        "facility.outreach": text(
            "outreach", "动员力度",
            en: "the government's own mobilisation effort, 0–1 (default 0.3; 0 if residents initiated it)",
            zh: "政府自身的动员力度，0–1（默认 0.3；居民发起的项目为 0）"),
        // government
        "government.role": text(
            "role", "政府角色",
            en: "0 director … 1 enabler, 0–1 (default 0.2)",
            zh: "0 为主导者 … 1 为使能者，0–1（默认 0.2）"),
        "government.budget": text(
            "budget", "预算",
            en: "government work units per week for each facility, 0–1,000 (default 4)",
            zh: "政府每周对每个设施投入的工作单位，0–1,000（默认 4）"),
        "government.responsiveness": text(
            "responsiveness", "回应性",
            en: "share of residents' input the government acts upon, 0–1 (default 0.5)",
            zh: "政府采纳落实居民意见的比例，0–1（默认 0.5）"),
        // intervention
        "intervention.strength": text(
            "strength", "强度",
            en: "how strongly the strategy acts, 0–1 (default 0.8)",
            zh: "策略的作用强度，0–1（默认 0.8）"),
        "intervention.from": text(
            "from", "起始周",
            en: "first week it acts, 0–10,000 (default the current week)",
            zh: "开始生效的周次，0–10,000（默认当前周）"),
        "intervention.to": text(
            "to", "结束周",
            en: "last week it acts, inclusive, 0–10,000 (default no end)",
            zh: "最后生效的周次（含该周），0–10,000（默认不结束）"),
        // parameter: Parameters.catalogue
        "parameter.a0": text(
            "baseline awareness rate", "基础知晓率",
            en: "weekly chance of hearing of a project by hearsay, 0–1 (default 0.01)",
            zh: "每周经口耳相传知晓项目的基础概率，0–1（默认 0.01）"),
        "parameter.aInfo": text(
            "awareness via publicity", "宣传知晓率",
            en: "weekly awareness chance per unit of information strength, 0–1 (default 0.15)",
            zh: "每单位宣传强度带来的每周知晓概率，0–1（默认 0.15）"),
        "parameter.aDig": text(
            "awareness via platform", "平台知晓率",
            en: "weekly awareness chance per unit of platform × digital literacy, 0–1 (default 0.25)",
            zh: "每单位平台强度 × 数字素养带来的每周知晓概率，0–1（默认 0.25）"),
        "parameter.aSoc": text(
            "awareness via neighbours", "邻里知晓率",
            en: "weekly awareness chance per tie active on the project, 0–1 (default 0.10)",
            zh: "每位已参与的邻居带来的每周知晓概率，0–1（默认 0.10）"),
        "parameter.wA": text(
            "weight of attitude", "态度权重",
            en: "weight of attitude in autonomous utility, 0–10 (default 0.187)",
            zh: "态度在自主效用中的权重，0–10（默认 0.187）"),
        "parameter.wS": text(
            "weight of subjective norm", "主观规范权重",
            en: "weight of subjective norm in autonomous utility, 0–10 (default 0.206)",
            zh: "主观规范在自主效用中的权重，0–10（默认 0.206）"),
        "parameter.wC": text(
            "weight of perceived control", "知觉行为控制权重",
            en: "weight of perceived behavioural control in autonomous utility, 0–10 (default 0.133)",
            zh: "知觉行为控制在自主效用中的权重，0–10（默认 0.133）"),
        "parameter.wI": text(
            "weight of identification", "认同权重",
            en: "weight of identification in autonomous utility, 0–10 (default 0.12)",
            zh: "认同在自主效用中的权重，0–10（默认 0.12）"),
        "parameter.wR": text(
            "weight of public awareness", "公共意识权重",
            en: "weight of responsibility in autonomous utility, 0–10 (default 0.10)",
            zh: "公共意识在自主效用中的权重，0–10（默认 0.10）"),
        "parameter.sustainWeeks": text(
            "weeks for sustained behaviour", "持续行为周数",
            en: "consecutive active weeks that count as sustained, weeks 1–520 (default 8)",
            zh: "连续参与多少周算作持续行为，1–520 周（默认 8）"),
        "parameter.kIn": text(
            "ties inside the block", "楼内关系数",
            en: "ties each resident gets in her own block, 0–100 (default 6)",
            zh: "每位居民在本楼栋至少拥有的邻里关系数，0–100（默认 6）"),
        "parameter.kOut": text(
            "ties outside the block", "楼外关系数",
            en: "ties each resident gets in other blocks, 0–100 (default 2)",
            zh: "每位居民在其他楼栋至少拥有的关系数，0–100（默认 2）"),
        "parameter.blockSize": text(
            "residents per block", "每栋人数",
            en: "residents per building, 1–100,000 (default 40)",
            zh: "每栋楼的居民数，1–100,000（默认 40）"),
        // typology thresholds
        "typology.autonomy": text(
            "autonomy threshold", "自主阈值",
            en: "autonomy share at or above which a project is self-organised, 0–1 (default 0.5)",
            zh: "自主进入占比达到该值即为自组织，0–1（默认 0.5）"),
        "typology.publicness": text(
            "publicness threshold", "公共性阈值",
            en: "publicness at or above which a facility is a commons, 0–1 (default 0.5)",
            zh: "公共性达到该值即为公共品，0–1（默认 0.5）"),
    ]

    /// Category words keyed "CATEGORY.WORD": profile, age, tenure, initiator, stage, channel, phase,
    /// type (I…IV), method and attribute (the typology's two dimensions), intervention, serves.
    public static let words: [String: TermWords] = [
        // profile
        "profile.mixed": text(
            "mixed", "混合型社区",
            en: "the default mix of ages, tenures and traits",
            zh: "默认的年龄、产权与特征构成"),
        "profile.old-estate": text(
            "old estate", "老旧小区",
            en: "more older residents, stronger attachment and trust, lower digital literacy",
            zh: "老年居民较多，依恋与信任较强，数字素养较低"),
        "profile.commodity-estate": text(
            "commodity-housing estate", "商品房小区",
            en: "more young residents, weaker attachment, less spare time, higher digital literacy",
            zh: "年轻居民较多，依恋较弱，空闲时间较少，数字素养较高"),
        // age
        "age.young": text(
            "young", "青年",
            en: "young adults, 30% of a mixed community",
            zh: "青年居民，混合型社区中占 30%"),
        "age.middle": text(
            "middle-aged", "中年",
            en: "middle-aged residents, 40% of a mixed community",
            zh: "中年居民，混合型社区中占 40%"),
        "age.older": text(
            "older", "老年",
            en: "older residents, 30% of a mixed community; more spare time, lower digital literacy",
            zh: "老年居民，混合型社区中占 30%；空闲时间较多，数字素养较低"),
        // tenure
        "tenure.owner": text(
            "owner", "业主",
            en: "owns her home, 75% of residents",
            zh: "拥有住房产权，占居民的 75%"),
        "tenure.renter": text(
            "renter", "租户",
            en: "rents her home, 25% of residents",
            zh: "租住，占居民的 25%"),
        // initiator
        "initiator.government": text(
            "government", "政府发起",
            en: "the government proposed the project; default outreach 0.3",
            zh: "由政府提出的项目；默认动员力度 0.3"),
        "initiator.residents": text(
            "residents", "居民发起",
            en: "residents proposed the project; planning entries count as autonomous, default outreach 0",
            zh: "由居民提出的项目；规划阶段的进入计为自主，默认动员力度 0"),
        // stage (of a resident on a facility)
        "stage.unaware": text(
            "unaware", "未知晓",
            en: "has not heard of the project",
            zh: "尚未听说该项目"),
        "stage.aware": text(
            "aware", "已知晓",
            en: "knows the project and how to take part, not active",
            zh: "知道项目及参与方式，但尚未参与"),
        "stage.active": text(
            "active", "参与中",
            en: "taking part this week",
            zh: "本周正在参与"),
        "stage.lapsed": text(
            "lapsed", "已退出",
            en: "took part and dropped out; may re-enter",
            zh: "参与过后退出，仍可能再次加入"),
        // channel
        "channel.none": text(
            "none", "无",
            en: "has never entered",
            zh: "从未进入"),
        "channel.autonomous": text(
            "autonomous", "自主",
            en: "entered on her own initiative",
            zh: "出于自身意愿进入"),
        "channel.mobilised": text(
            "mobilised", "动员",
            en: "entered through outreach or an incentive",
            zh: "经由入户动员或激励进入"),
        // phase
        "phase.planning": text(
            "planning", "规划",
            en: "co-commissioning: deciding what to build, 10% of the cost",
            zh: "共同委托：确定建什么，占工作量的 10%"),
        "phase.design": text(
            "design", "设计",
            en: "co-design: shaping the plan, 20% of the cost; sets quality",
            zh: "共同设计：商定方案，占工作量的 20%；决定质量"),
        "phase.construction": text(
            "construction", "建设",
            en: "co-delivery: building, 70% of the cost",
            zh: "共同交付：施工建设，占工作量的 70%"),
        "phase.maintenance": text(
            "maintenance", "维护",
            en: "co-management: looking after the finished facility, open-ended",
            zh: "共同管理：维护已建成的设施，没有终点"),
        // type
        "type.I": text(
            "mobilised compliance", "动员配合型",
            en: "type I: mobilised × livelihood",
            zh: "I 型：动员 × 民生"),
        "type.II": text(
            "guided co-construction", "引导共建型",
            en: "type II: mobilised × commons",
            zh: "II 型：动员 × 公共"),
        "type.III": text(
            "interest-driven self-help", "利益自助型",
            en: "type III: self-organised × livelihood",
            zh: "III 型：自组织 × 民生"),
        "type.IV": text(
            "autonomous co-creation", "自主共创型",
            en: "type IV: self-organised × commons",
            zh: "IV 型：自组织 × 公共"),
        // participation method and attribute (the typology's two dimensions)
        "method.mobilised": text(
            "mobilised", "动员",
            en: "autonomy share below the threshold",
            zh: "自主进入占比低于阈值"),
        "method.self-organised": text(
            "self-organised", "自组织",
            en: "autonomy share at or above the threshold",
            zh: "自主进入占比达到阈值"),
        "attribute.livelihood": text(
            "livelihood", "民生品",
            en: "publicness below the threshold: benefits fall on some households",
            zh: "公共性低于阈值：收益集中在部分住户"),
        "attribute.commons": text(
            "commons", "公共品",
            en: "publicness at or above the threshold: shared by the community",
            zh: "公共性达到阈值：全社区共享"),
        // intervention
        "intervention.role-shift": text(
            "role transformation", "角色转变",
            en: "role moves toward role + strength by 0.05 a week; responsiveness + 0.3 × strength",
            zh: "角色每周向 角色 + 强度 移动 0.05；回应性 + 0.3 × 强度"),
        "intervention.tech-platform": text(
            "technological empowerment", "技术赋能",
            en: "an online platform: awareness and joining via digital literacy, easier work, more visible progress",
            zh: "线上平台：借助数字素养知晓与加入，降低难度，进展更可见"),
        "intervention.emotional-care": text(
            "emotional care", "情感关怀",
            en: "care through close ties: raises satisfaction and identification of aware residents",
            zh: "经由亲密关系的关怀：提升已知晓居民的满意度与认同"),
        "intervention.differentiated": text(
            "differentiated management", "差异化管理",
            en: "other strategies on the project that do not fit its type act at half strength",
            zh: "项目上与其类型不匹配的其他策略只发挥一半强度"),
        "intervention.incentive": text(
            "material incentive", "物质激励",
            en: "rewards draw mobilised entries; paid entrants gain no public awareness",
            zh: "奖励吸引动员进入；因奖励参与者不增长公共意识"),
        "intervention.information": text(
            "publicity", "信息宣传",
            en: "raises the weekly chance of hearing of the project",
            zh: "提高每周知晓项目的概率"),
        "intervention.training": text(
            "capacity building", "增能培训",
            en: "skill and self-efficacy of aware residents + 0.01 × strength a week",
            zh: "已知晓居民的技能与自我效能感每周 + 0.01 × 强度"),
        "intervention.council": text(
            "residents' council", "居民议事会",
            en: "design-phase demand − 0.3 × strength (easier co-design); responsiveness + 0.2 × strength",
            zh: "设计阶段难度 − 0.3 × 强度（共同设计更容易）；回应性 + 0.2 × 强度"),
        "intervention.outreach": text(
            "door-to-door mobilisation", "入户动员",
            en: "sets the project's outreach to the strength; works through trust",
            zh: "把项目的动员力度设为该强度；通过信任起作用"),
        // serves
        "serves.all": text(
            "everyone", "全体居民",
            en: "the facility serves every resident",
            zh: "设施惠及全体居民"),
        "serves.building": text(
            "one building", "某栋楼",
            en: "serves building N: the residents of one block",
            zh: "serves building N：惠及某一栋楼的居民"),
        "serves.age": text(
            "one age group", "某年龄组",
            en: "serves age A: young, middle or older residents",
            zh: "serves age A：惠及某一年龄组"),
        "serves.tenure": text(
            "one tenure group", "某产权组",
            en: "serves tenure T: owners or renters",
            zh: "serves tenure T：惠及业主或租户"),
    ]

    /// The Chinese words for the capitalised placeholders of help pages' syntax lines (`N`,
    /// `FIELD`, …), for the typing hint under `lang zh`: `run 数 | run until 表达式 [max 数]`.
    /// A command whose one-letter placeholder means something of its own has it in
    /// ``commandPlaceholders``.
    static let placeholders: [String: String] = [
        "N": "数", "FIELD": "字段", "STRING": "文字", "NAME": "名称", "EXPR": "表达式", "WORD": "词",
        "RUN": "运行", "REF": "居民", "KIND": "种类", "KEY": "设置项", "FILE": "文件", "ATOM": "值",
        "WEEK": "周", "VALUES": "取值", "TEXT": "文字", "OLD": "旧名", "NEW": "新名", "FACILITY": "设施",
        "SHARE": "比例", "COMPARISON": "比较", "OPERAND": "操作数", "K": "节", "R": "重复次数", "S": "种子", "A": "运行甲", "B": "运行乙",
    ]

    /// Placeholders whose meaning is the command's own (`partner on NAME budget B [fee F]`).
    static let commandPlaceholders: [String: [String: String]] = [
        "partner": ["B": "预算", "F": "费用系数"]
    ]

    /// Everyday words for the intervention kinds, and the paper's names of the four government
    /// strategies (WANG Lu 2025: role transformation, technological innovation, emotional
    /// engagement, differentiated management), answered with a did-you-mean (not accepted: the
    /// kinds keep one name each): `publicity` → `information`, `emotional-engagement` → `emotional-care`.
    public static let interventionSynonyms: [String: String] = [
        "role-transformation": "role-shift", "transformation": "role-shift",
        "technological-innovation": "tech-platform", "innovation": "tech-platform", "technology": "tech-platform",
        "tech": "tech-platform", "emotional-engagement": "emotional-care", "engagement": "emotional-care",
        "emotion": "emotional-care", "differentiated-management": "differentiated", "differentiation": "differentiated",
        "publicity": "information", "propaganda": "information", "advertising": "information",
        "campaign": "information", "subsidy": "incentive", "reward": "incentive", "money": "incentive",
        "payment": "incentive", "app": "tech-platform", "platform": "tech-platform", "digital": "tech-platform",
        "visit": "outreach", "door-knocking": "outreach", "mobilisation": "outreach", "mobilization": "outreach",
        "committee": "council", "meeting": "council", "care": "emotional-care", "empathy": "emotional-care",
        "workshop": "training", "education": "training", "enabling": "role-shift", "enabler": "role-shift",
    ]

    /// Chinese aliases accepted in scripts wherever the English word is (declarations, conditions):
    /// alias → canonical word (`情感关怀` → `emotional-care`, `动员配合型` → `I`, `老年` → `older`).
    /// Each alias is one word of the language (letters only), so the lexer reads it whole; the
    /// category words are those the Chinese output shows (`Words`), so what is printed can be typed.
    public static let aliases: [String: String] = [
        // age groups and tenures (resident age/tenure, serves age/tenure, where age = …)
        "青年": "young",
        "中年": "middle",
        "老年": "older",
        "业主": "owner",
        "租户": "renter",
        // community profiles
        "混合": "mixed",
        "混合社区": "mixed",
        "老旧小区": "old-estate",
        "商品房小区": "commodity-estate",
        // initiators
        "政府": "government",
        "居民": "residents",
        // phases (F.phase = …), also as "in planning" (规划中) and "the planning phase" (规划阶段)
        "规划": "planning",
        "规划中": "planning",
        "规划阶段": "planning",
        "设计": "design",
        "设计中": "design",
        "设计阶段": "design",
        "建设": "construction",
        "建设中": "construction",
        "建设阶段": "construction",
        "维护": "maintenance",
        "维护中": "maintenance",
        "维护阶段": "maintenance",
        // a resident's stage and channel on a facility (F.stage = …, F.channel = …)
        "未知晓": "unaware",
        "已知晓": "aware",
        "参与中": "active",
        "已退出": "lapsed",
        "自主": "autonomous",
        "动员": "mobilised",
        "无": "none",
        // a resident's latest consent vote (F.vote = …)
        "赞成": "yes",
        "反对": "no",
        // intervention kinds
        "角色转变": "role-shift",
        "政府角色转变": "role-shift",
        "技术赋能": "tech-platform",
        "技术平台": "tech-platform",
        "技术创新": "tech-platform",
        "情感关怀": "emotional-care",
        "差异化管理": "differentiated",
        "物质激励": "incentive",
        "激励": "incentive",
        "信息宣传": "information",
        "宣传": "information",
        "增能培训": "training",
        "增能": "training",
        "培训": "training",
        "居民议事会": "council",
        "议事会": "council",
        "入户动员": "outreach",
        // typology types
        "动员配合型": "I",
        "引导共建型": "II",
        "利益自助型": "III",
        "自主共创型": "IV",
    ]

    /// The Chinese names the lessons and the docs give the default scenario's facilities (`车棚`
    /// is the facility named `shed`), the usual name first: an unknown facility written with one
    /// of them gets a hint naming the facility, and lists of facilities show the first.
    public static let facilityNames: [String: [String]] = [
        "shed": ["车棚", "充电棚", "电动车棚", "充电车棚"],
        "lift": ["电梯", "加装电梯"],
        "garden": ["花园", "口袋花园", "社区花园"],
    ]

    /// The facility among `names` that `word` is a Chinese name of (`车棚` → `shed`), if any.
    public static func facility(calledInChinese word: String, among names: [String]) -> String? {
        names.first { facilityNames[$0]?.contains(word) == true }
    }

    /// `shed (车棚)`: a facility's name with its usual Chinese name, when one is known.
    public static func glossedFacility(_ name: String) -> String {
        facilityNames[name]?.first.map { "\(name) (\($0))" } ?? name
    }

    /// `planning (规划)`: a category word with its shortest Chinese alias, when it has one.
    public static func glossedWord(_ word: String) -> String {
        let chinese = aliases.filter { $0.value == word }.keys.sorted { ($0.count, $0) < ($1.count, $1) }
        return chinese.first.map { "\(word) (\($0))" } ?? word
    }

    /// Chinese names of keywords that are not category words, as the Chinese output prints
    /// them: the qualifier of the typology thresholds (`类型学阈值`, so `set 类型学.自主性 0.6`)
    /// and the help topics (`术语表` is the glossary's heading).
    public static let keywordAliases: [String: String] = [
        "类型学": "typology",
        "术语表": "glossary",
        "表达式": "expressions",
        "字段": "fields",
        "课程": "lessons",
    ]

    /// Chinese names of keys and fields that the Chinese output prints besides their name in
    /// ``settings`` and ``metrics`` ("GROUP.KEY" → names): `类型学阈值：自主性 0.5` names
    /// `typology.autonomy`, a declaration's echo shortens some names (`复杂度`, `角色`), and the
    /// influencing factors are printed with the words of `Words`.
    static let printedNames: [String: [String]] = {
        var names: [String: [String]] = [
            "typology.autonomy": ["自主性"],
            "typology.publicness": ["公共性"],
            // `设施 车棚：公共性 0.5，显著性 0.5，复杂度 0.5，成本 80，…，服务 全体居民，…`
            "facility.complexity": ["复杂度"],
            "facility.cost": ["成本"],
            "facility.serves": ["服务"],
            // `政府：角色 0.50，预算 4，回应性 0.50`
            "government.role": ["角色"],
            // `show shed`: `知晓 0 人`, `参与中 0 · 持续参与 0`, `进入 0 次 … · 自主性 0.00`
            "facility.aware": ["知晓"],
            "facility.active": ["参与中"],
            "facility.sustained": ["持续参与"],
            "facility.entries": ["进入"],
            "facility.autonomy": ["自主性"],
            // `rate … by age` is read aloud as 按年龄
            "resident.age": ["年龄"],
        ]
        let words = Words(language: .zh)
        for trait in ResidentTrait.allCases {
            names["resident.\(trait.rawValue)", default: []].append(words.trait(trait))
        }
        return names
    }()

    /// The Chinese names of "GROUP.KEY" that may be typed for its key: its name in
    /// ``settings`` (or, for a field, ``metrics``), that name without its parenthesis
    /// (`公共意识（责任意识）`), and the words the Chinese output prints for it (``printedNames``).
    static func chineseNames(of id: String) -> [String] {
        var names = [settings[id]?.name.zh, metrics[id]?.name.zh].compactMap { $0 }
        for name in names {
            if let open = name.firstIndex(of: "（") { names.append(String(name[..<open])) }
        }
        return names + (printedNames[id] ?? [])
    }

    /// The key among `keys` of `group` (a settings group, or a metric level such as `resident`)
    /// whose Chinese name is `written` (`自我效能感` → `efficacy`, `自主性` → `autonomy`): the
    /// alias mechanism of ``aliases`` for the keys of a declaration, which depend on the group
    /// (`公共性` is the facility's `publicness` and the threshold `typology.publicness`). Nil when
    /// `written` is ASCII, names no key of the group, or names more than one.
    public static func key(named written: String, in group: String, among keys: [String]) -> String? {
        guard !written.allSatisfy(\.isASCII) else { return nil }
        let matches = keys.filter { chineseNames(of: "\(group).\($0)").contains(written) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The key in ``metrics`` of a field as a query, a chart or a comparison writes it: `efficacy`
    /// → `resident.efficacy`, `participation` → `community.participation`, `shed.everJoined` →
    /// `facility.everJoined`, `shed.stage` → `residentFacility.stage`; the resident levels first,
    /// as queries read a name. Nil for an expression or a name that is no metric.
    static func metricKey(ofField field: String) -> String? {
        let parts = field.split(separator: ".", omittingEmptySubsequences: false)
        let levels = parts.count == 1 ? ["resident", "community"] : ["residentFacility", "facility"]
        guard parts.count <= 2, let name = parts.last, !name.isEmpty else { return nil }
        return levels.map { "\($0).\(name)" }.first { metrics[$0] != nil }
    }

    /// The key in ``metrics`` of a model field, as charts, `watch` and comparisons read it:
    /// `participation` → `community.participation`, `shed.active` → `facility.active`.
    static func modelMetricKey(ofField field: String) -> String {
        field.firstIndex(of: ".").map { "facility." + field[field.index(after: $0)...] } ?? "community." + field
    }

    /// A field as a Chinese result line names it: its name in ``metrics`` under `key`, after the
    /// facility's name for a facility's field (`shed 曾参与率`), followed with `code` by the field
    /// in parentheses (`自我效能感（efficacy）`), as `help fields` glosses it, so that the next
    /// query can be typed. Nil when `key` is no metric.
    static func chineseName(ofField field: String, key: String, code: Bool) -> String? {
        name(ofField: field, key: key, code: code, in: .zh)
    }

    /// A field as a result line names it in `language`: its name in ``metrics`` under `key`,
    /// after the facility's name for a facility's field (`shed ever-joined share`, `shed 曾参与率`),
    /// followed with `code` by the field as typed in parentheses (`self-efficacy (efficacy)`,
    /// `自我效能感（efficacy）`), so that the next query can be typed. Nil when `key` is no metric.
    static func name(ofField field: String, key: String, code: Bool, in language: Language) -> String? {
        guard let t = metrics[key] else { return nil }
        let facility = field.firstIndex(of: ".").map { field[..<$0] + " " } ?? ""
        let typed = language == .zh ? "（\(field)）" : " (\(field))"
        // A name that is the field itself (`trust`) is not repeated; `shed.phase` is, for its dot.
        let same = t.name[language] == field
        return facility + t.name[language] + (code && !same ? typed : "")
    }

    /// The name of an intervention kind, the government strategy it stands for, in both
    /// languages: the one table every text that names a kind reads (`help intervene`, `help
    /// interventions`, `intervene`, `show interventions`, `explain`), the glossary's term for the
    /// kind without its parenthesis (docs/GLOSSARY.md, ``Glossary``; a test checks they agree).
    public static func kindName(_ kind: InterventionKind) -> Bilingual {
        // Every kind has its entry (TermsTests checks the category words); the kind as typed otherwise.
        words["intervention.\(kind.rawValue)"]?.name ?? Bilingual(en: kind.rawValue, zh: kind.rawValue)
    }

    /// The directions an `answer` may give, each as `answer` lists it in English and in Chinese,
    /// with the other words that mean it: `up` is also 上升, 升高, 增加 …
    static let directions: [(en: String, zh: String, also: [String])] = [
        ("up", "上升", ["升高", "提高", "增加", "变高"]),
        ("down", "下降", ["降低", "减少", "变低"]),
        ("same", "不变", ["持平", "一样", "没变化"]),
    ]

    /// A prediction as `answer` shows it back in `language`: a direction typed in the other
    /// language, or in other words, gets the word `answer` lists beside it (`上升（up）` for `up` in
    /// Chinese, `up (上升)` for `上升` in English, `升高（上升）`), so both are read as the same
    /// answer; a direction in the language's own word, and anything else, as typed.
    public static func direction(_ answer: String, in language: Language) -> String {
        let word = answer.lowercased()
        guard let d = directions.first(where: { $0.en == word || $0.zh == answer || $0.also.contains(answer) }) else {
            return answer
        }
        switch language {
        case .zh: return answer == d.zh ? answer : word == d.en ? "\(d.zh)（\(d.en)）" : "\(answer)（\(d.zh)）"
        case .en: return word == d.en ? answer : "\(d.en) (\(answer))"
        }
    }

    static func text(_ en: String, _ zh: String, en doc: String, zh docZh: String) -> TermWords {
        TermWords(name: Bilingual(en: en, zh: zh), doc: Bilingual(en: doc, zh: docZh))
    }
}
