import Foundation

/// One term of the field in both languages, with a one-line definition and where it comes from.
///
/// `help glossary` lists the entries; `docs/GLOSSARY.md` shows the same table (a test keeps the two
/// in step). Definitions are coprod's own wording; `source` names the literature or the section of
/// docs/MODEL.md (`MODEL.md §N`) that the term rests on.
public struct GlossaryEntry: Hashable, Sendable {
    /// A stable identifier, lower case with hyphens, e.g. `self-efficacy`.
    public let key: String
    /// The term: `en` "self-efficacy", `zh` "自我效能感".
    public let term: Bilingual
    /// One line in each language.
    public let definition: Bilingual
    /// Where the term comes from, e.g. "Bandura 1977; Parrado et al. 2013" or "MODEL.md §9".
    public let source: String

    public init(key: String, term: Bilingual, definition: Bilingual, source: String) {
        self.key = key
        self.term = term
        self.definition = definition
        self.source = source
    }
}

/// The terms of co-production and micro-infrastructure that coprod uses, in English and Chinese.
///
/// The Chinese terms are the ones used throughout coprod's Chinese texts (help, messages, lessons);
/// a new Chinese text should take its terms from here.
public enum Glossary {
    /// Every entry, in a teaching order: the field, the stages of co-production, the analytic
    /// chain, the three levels, why residents take part, how they come in and stay, facilities and
    /// outcomes, the typology, and the government's strategies.
    public static let entries: [GlossaryEntry] = [
        // The field
        term(
            "co-production", "co-production", "共同生产",
            en:
                "Government (the regular producer) and citizens jointly making a public service or facility, each contributing inputs.",
            zh: "政府（常规生产者）与公民共同提供公共服务或设施，双方各自投入资源。",
            source: "Parks et al. 1981; Ostrom 1996; WANG 2025"),
        term(
            "micro-infrastructure", "micro-infrastructure", "微基建",
            en:
                "Small facilities and services for residents' last kilometre, e.g. an e-bike shed, a lift for an old block, a pocket garden.",
            zh: "解决居民身边“最后一公里”问题的小微设施与服务，如电动车充电棚、老楼加装电梯、口袋花园。",
            source: "诸大建 2020; WANG 2025"),
        term(
            "regular-producer", "regular producer", "常规生产者",
            en:
                "The actor whose job is to provide the service; in coprod the government, with its budget, role and responsiveness.",
            zh: "以提供该项服务为本职的主体；在 coprod 中即政府，拥有预算、角色与回应性三个参数。",
            source: "Parks et al. 1981; Nabatchi et al. 2017; MODEL.md §1"),
        term(
            "co-producer", "resident (citizen) co-producer", "居民（公民）共同生产者",
            en:
                "A lay actor, such as a resident, who adds her own time, skill and effort to what the regular producer supplies.",
            zh: "在常规生产者之外投入自己时间、技能与精力的非专业主体，如社区居民。",
            source: "Parks et al. 1981; Nabatchi et al. 2017"),
        term(
            "synergy", "synergy", "协同效应",
            en:
                "Government and citizen inputs that complement each other, so that together they achieve more than either alone.",
            zh: "政府与公民的投入相互补充，合作的成效大于任何一方单独行动。",
            source: "Ostrom 1996; MODEL.md §5"),
        term(
            "spontaneous-order", "spontaneous order", "自发秩序",
            en:
                "The assumption that citizens co-produce of their own accord; in China awareness of co-production often needs state guidance.",
            zh: "假定公民会自发参与共同生产；而在中国，居民的共同生产意识往往需要国家引导培育。",
            source: "WANG 2025"),
        term(
            "empowerment", "empowerment", "赋权",
            en:
                "Giving residents the means to act: technical, institutional and subject empowerment build awareness and responsibility.",
            zh: "为居民创造行动条件：技术赋权、制度赋权与主体赋权共同培育参与意识和责任感。",
            source: "WANG 2025"),
        term(
            "agent-based-model", "agent-based model", "基于主体的模型",
            en:
                "A simulation in which each resident is an agent following simple rules; community patterns emerge from their interactions.",
            zh: "每位居民都是遵循简单规则的主体，社区层面的格局从主体之间的互动中涌现出来的仿真模型。",
            source: "MODEL.md §1"),
        term(
            "twin-run", "twin run", "孪生运行",
            en:
                "A copy of a run made by `fork` at its current week, with the same seed and random numbers; change one thing in it and `compare` shows what that one change did.",
            zh: "用 `fork` 在当前周复制出的运行，随机种子和随机数都相同；只改动其中一处，`compare` 就能显示这一处改动的效果。",
            source: "MODEL.md §10"),
        // Stages of co-production
        term(
            "co-commissioning", "co-commissioning", "共同委托",
            en: "Deciding together what is needed and what to build; coprod's planning phase.",
            zh: "共同确定需求和建设内容；对应 coprod 的规划（planning）阶段。",
            source: "Nabatchi et al. 2017; MODEL.md §1"),
        term(
            "co-design", "co-design", "共同设计",
            en: "Shaping the plan together; coprod's design phase, where broad participation raises quality.",
            zh: "共同商定方案；对应设计（design）阶段，参与面越广，设施质量越高。",
            source: "Nabatchi et al. 2017; MODEL.md §1, §5"),
        term(
            "co-delivery", "co-delivery", "共同交付",
            en: "Building the facility or delivering the service together; coprod's construction phase.",
            zh: "共同建设设施或提供服务；对应建设（construction）阶段。",
            source: "Nabatchi et al. 2017; MODEL.md §1"),
        term(
            "co-management", "co-management (co-assessment)", "共同管理（共同评估）",
            en: "Looking after and assessing the finished facility together; coprod's maintenance phase.",
            zh: "设施建成后共同维护和评估；对应维护（maintenance）阶段。",
            source: "Nabatchi et al. 2017; MODEL.md §1"),
        // The analytic chain
        term(
            "behavioural-chain", "analytic chain", "分析链条",
            en: "WANG Lu's chain: influencing factors → initial behaviour → sustained behaviour → production outcomes.",
            zh: "王鹭提出的分析链条：影响因素 → 初始行为 → 持续行为 → 生产结果。",
            source: "WANG 2025"),
        term(
            "influencing-factors", "influencing factors", "影响因素",
            en:
                "What makes a resident more or less likely to take part: need, self-efficacy, trust, attachment, time, skill and more.",
            zh: "影响居民是否参与的因素：需求、自我效能感、信任、社区依恋、时间、技能等。",
            source: "WANG 2025; MODEL.md §1"),
        term(
            "initial-behaviour", "initial behaviour", "初始行为",
            en: "A resident's first move from knowing about a project to taking part in it (aware → active).",
            zh: "居民第一次由知晓项目转为实际参与（aware → active）。",
            source: "WANG 2025; MODEL.md §1"),
        term(
            "sustained-behaviour", "sustained behaviour", "持续行为",
            en: "Having stayed active on a project for at least sustainWeeks weeks in a row (8 by default).",
            zh: "在某一项目上连续参与至少达到持续行为周数（set sustainWeeks，默认 8 周）。",
            source: "WANG 2025; MODEL.md §1"),
        term(
            "retention", "retention", "保持率",
            en: "Residents with sustained behaviour divided by residents who ever joined, 0–1.",
            zh: "出现持续行为的居民数除以曾经参与的居民数，取值 0–1。",
            source: "MODEL.md §1, §8"),
        term(
            "production-outcomes", "production outcomes", "生产结果",
            en:
                "What co-production yields: a facility's progress, completion, quality and condition, and the trust and efficacy it leaves.",
            zh: "共同生产的产出：设施的进度、建成、质量与完好度，以及由此留下的信任与效能感。",
            source: "WANG 2025; MODEL.md §5, §6"),
        // Three levels
        term(
            "production-process", "production process", "生产过程",
            en:
                "The level at which government and resident inputs turn into a facility's progress, quality and upkeep.",
            zh: "政府与居民的投入转化为设施进度、质量和日常维护的层面。",
            source: "WANG 2025; MODEL.md §5"),
        term(
            "behavioural-process", "behavioural process", "行为过程",
            en: "The level at which residents decide to join a project, stay in it or drop out.",
            zh: "居民决定加入、坚持或退出项目的层面。",
            source: "WANG 2025; MODEL.md §4"),
        term(
            "cognitive-process", "cognitive process", "认知过程",
            en: "The level at which residents hear of projects and their identification and public awareness change.",
            zh: "居民知晓项目、认同感与公共意识随之变化的层面。",
            source: "WANG 2025; MODEL.md §3"),
        // Why residents take part
        term(
            "theory-of-planned-behaviour", "theory of planned behaviour", "计划行为理论",
            en:
                "Ajzen's theory: attitude, subjective norm and perceived behavioural control shape intention and behaviour.",
            zh: "阿耶兹（Ajzen）的理论：态度、主观规范和知觉行为控制共同决定行为意向与行为。",
            source: "Ajzen 1991; Armitage & Conner 2001"),
        term(
            "attitude", "attitude", "态度",
            en:
                "How much a project matters to her; in coprod √(need × salience), lower if the project does not serve her.",
            zh: "项目对她有多重要；coprod 中为 √(需求 × 显著性)，项目不惠及她时打折扣。",
            source: "Ajzen 1991; MODEL.md §4"),
        term(
            "subjective-norm", "subjective norm", "主观规范",
            en:
                "The social pressure she feels to take part; in coprod the share of her ties already active on the project.",
            zh: "她感受到的参与压力；coprod 中为她的邻里关系里已参与该项目者的比例。",
            source: "Ajzen 1991; MODEL.md §4"),
        term(
            "perceived-behavioural-control", "perceived behavioural control", "知觉行为控制",
            en: "Whether she feels able to take part; in coprod the ease of the work × √(self-efficacy × free time).",
            zh: "她是否觉得自己有能力参与；coprod 中为任务的容易程度 × √(自我效能感 × 空闲时间)。",
            source: "Ajzen 1991; Pestoff 2014; MODEL.md §4"),
        term(
            "self-efficacy", "self-efficacy", "自我效能感",
            en:
                "The belief that one's own effort makes a difference; the most consistent individual correlate of co-production.",
            zh: "相信自己的努力能带来改变；是与共同生产关系最稳定的个人因素。",
            source: "Bandura 1977; Parrado et al. 2013"),
        term(
            "identification", "identification", "认同",
            en:
                "Identification with the community and its projects; starts at attachment and grows with emotional and solidary rewards.",
            zh: "对社区及其项目的认同；初值等于社区依恋，随情感回报和团结性回报而增强。",
            source: "颜玉凡 & 叶南客 2019; MODEL.md §3"),
        term(
            "public-awareness", "public awareness (responsibility)", "公共意识（责任意识）",
            en:
                "A sense of responsibility for shared affairs; not innate, it grows through unpaid participation and visible public goods.",
            zh: "对公共事务的责任感；并非与生俱来，而是在无偿参与和看得见的公共成果中逐步培养。",
            source: "WANG 2025; Frey & Jegen 2001; MODEL.md §3"),
        term(
            "trust", "trust", "信任",
            en:
                "Trust in the government and the residents' committee; mobilisation works through it and visible progress raises it.",
            zh: "对政府和居委会的信任；动员要借助信任才能奏效，看得见的进展又会增进信任。",
            source: "Ostrom 1996; MODEL.md §4, §6"),
        term(
            "place-attachment", "place (community) attachment", "地方依恋（社区依恋）",
            en:
                "The emotional bond with one's neighbourhood; it raises willingness to co-produce and anchors identification.",
            zh: "居民与所在社区的情感联结；能提高参与共同生产的意愿，也是认同感的基础。",
            source: "Letki & Steen 2021; MODEL.md §1"),
        term(
            "need", "need", "需求",
            en: "How much a resident wants her neighbourhood improved, 0–1.",
            zh: "居民希望社区环境得到改善的程度，0–1。",
            source: "Pestoff 2014; MODEL.md §1"),
        term(
            "time-availability", "time available", "可用时间",
            en: "Time a resident can spare, the inverse of her opportunity cost; older residents usually have more.",
            zh: "居民可以抽出的时间，即机会成本的反面；老年居民通常更充裕。",
            source: "Alford 2002; MODEL.md §1"),
        term(
            "skill", "skill", "技能",
            en: "Technical and organising skill; it raises a resident's work input and eases demanding phases.",
            zh: "技术与组织能力；能提高居民的工作投入，并降低高要求阶段的参与难度。",
            source: "Parks et al. 1981; MODEL.md §1, §5"),
        term(
            "digital-literacy", "digital literacy", "数字素养",
            en: "Ability to use online tools; it decides how far a technology platform reaches a resident.",
            zh: "使用网络工具的能力；决定技术平台能在多大程度上触达某位居民。",
            source: "刘淑妍 & 吕俊延 2021; MODEL.md §1, §7"),
        term(
            "social-ties", "social ties", "邻里关系",
            en:
                "Ties between neighbours (about six in one's block, two elsewhere) carry norms, word of mouth and emotional care.",
            zh: "邻居之间的联系（楼内约六条、楼外约两条），承载规范压力、口碑传播和情感关怀。",
            source: "MODEL.md §1"),
        term(
            "social-capital", "social capital", "社会资本",
            en:
                "Networks, norms and trust that ease collective action; coprod: share of ties whose two ends were active together ≥ 4 weeks.",
            zh: "便利集体行动的网络、规范与信任；coprod 以双方共同参与满 4 周的邻里关系所占比例衡量。",
            source: "Putnam 1993; MODEL.md §8"),
        term(
            "awareness", "awareness", "知晓",
            en:
                "Knowing about a project and how to take part; spread by hearsay, publicity, an online platform and active neighbours.",
            zh: "知道项目存在并了解如何参与；通过口耳相传、宣传、线上平台和已参与的邻居扩散。",
            source: "Parrado et al. 2013; MODEL.md §3"),
        // How residents come in and stay
        term(
            "mobilisation", "mobilisation", "动员",
            en:
                "Drawing residents in from outside, by door-to-door outreach or rewards; in coprod it works through trust.",
            zh: "由外部把居民组织进来，如入户动员或给予奖励；coprod 中其效果取决于居民的信任。",
            source: "罗兴佐 & 何晓龙 2023; MODEL.md §4"),
        term(
            "mobilised-participation", "mobilised participation", "动员参与",
            en: "Taking part because one was asked or rewarded: an entry through the mobilised channel.",
            zh: "因被动员或获得奖励而参与，即经由动员渠道进入。",
            source: "周婉钰 2023; MODEL.md §4"),
        term(
            "autonomous-participation", "autonomous participation", "自主参与",
            en:
                "Taking part on one's own initiative: an entry through the autonomous channel, driven by the five factors.",
            zh: "出于自身意愿参与，即经由自主渠道进入，由五项因素驱动。",
            source: "周婉钰 2023; MODEL.md §4"),
        term(
            "self-organisation", "self-organisation", "自组织",
            en:
                "Residents organising themselves without being directed; in the typology an autonomy share at or above the threshold.",
            zh: "居民不靠外部指令而自行组织起来；在类型学中指自主进入占比达到阈值。",
            source: "WANG 2025; MODEL.md §9"),
        term(
            "entry", "entry", "进入",
            en:
                "One move into active participation, a first join or a re-join; the autonomy share is counted over entries.",
            zh: "一次进入参与，包括首次加入和再次加入；自主进入占比按进入次数计算。",
            source: "MODEL.md §9"),
        term(
            "satisfaction", "satisfaction", "满意度",
            en:
                "How rewarding taking part feels (progress seen, solidarity, care, less the effort), 0–1; it keeps residents active.",
            zh: "参与带来的满足感（看到进展、团结、关怀，扣除付出），0–1；满意度高的人更愿意坚持。",
            source: "MODEL.md §4"),
        term(
            "fatigue", "fatigue", "参与疲劳",
            en:
                "Weariness that builds up with effort over the weeks of taking part, 0–1; it pushes residents to drop out.",
            zh: "随参与付出逐周累积的倦怠，0–1；疲劳越高越容易退出。",
            source: "MODEL.md §4"),
        term(
            "lapse", "lapse", "退出",
            en: "Leaving active participation; a lapsed resident may come back, with a fifth of the usual chance.",
            zh: "不再积极参与；已退出者仍可能回来，但概率只有平常的五分之一。",
            source: "MODEL.md §4"),
        term(
            "crowding-out", "crowding-out", "挤出效应",
            en:
                "External rewards displacing intrinsic or civic motives; in coprod paid entrants gain no public awareness.",
            zh: "外在奖励挤占内在动机和公民责任感；coprod 中因奖励而参与的居民不会增长公共意识。",
            source: "Frey & Jegen 2001; Frey & Oberholzer-Gee 1997"),
        term(
            "equity", "equity", "参与公平",
            en: "Whether groups take part alike; coprod reports the largest gap between age groups or between tenures.",
            zh: "不同群体参与是否均衡；coprod 报告年龄组之间或产权组之间的最大差距。",
            source: "MODEL.md §8"),
        // Facilities and outcomes
        term(
            "publicness", "publicness", "公共性",
            en: "Who a facility benefits: 0 a few households (club-like), 1 the whole community.",
            zh: "设施惠及的范围：0 表示少数住户（类似俱乐部物品），1 表示整个社区。",
            source: "WANG 2025; MODEL.md §1"),
        term(
            "salience", "salience", "显著性",
            en:
                "How much a facility changes its beneficiaries' daily lives; participation is highest where it is high.",
            zh: "设施对受益者日常生活的改变程度；显著性越高，参与越积极。",
            source: "Pestoff 2014; MODEL.md §1"),
        term(
            "complexity", "complexity", "技术复杂度",
            en: "The technical threshold of designing and building a facility; it makes taking part harder.",
            zh: "设施设计和建设的技术门槛；门槛越高，居民参与越难。",
            source: "Pestoff 2014; MODEL.md §1"),
        term(
            "visibility", "visibility", "可见度",
            en:
                "How visible progress is to those not taking part; visible progress builds trust, efficacy and public awareness.",
            zh: "项目进展对未参与者的可见程度；看得见的进展能增进信任、效能感和公共意识。",
            source: "MODEL.md §1, §3, §6"),
        term(
            "quality", "quality", "质量",
            en:
                "How well a facility fits residents' needs, set at the end of co-design by coverage and responsiveness, 0–1.",
            zh: "设施与居民需求的契合程度，在共同设计结束时由覆盖面和回应性决定，0–1。",
            source: "Nabatchi et al. 2017; MODEL.md §5"),
        term(
            "coverage", "co-design coverage", "共同设计覆盖面",
            en: "Share of the served age × tenure groups with someone active in planning or design, 0–1.",
            zh: "在规划或设计阶段有人参与的受益群体（年龄 × 产权）所占比例，0–1。",
            source: "MODEL.md §5"),
        term(
            "condition", "condition", "完好度",
            en:
                "State of repair in maintenance: 1 when built, falling each week unless residents and government look after it.",
            zh: "维护阶段设施的完好程度：建成时为 1，若居民和政府不加维护则逐周下降。",
            source: "Ostrom 1990; MODEL.md §5"),
        term(
            "degraded", "degraded", "失修",
            en: "A facility whose condition has fallen below 0.3, the commons problem; the mark stays once set.",
            zh: "完好度跌破 0.3 的设施，即公地困境的体现；一旦失修，标记不会消除。",
            source: "Ostrom 1990; MODEL.md §5"),
        term(
            "old-estate", "old estate", "老旧小区",
            en: "An older neighbourhood: more older residents, strong attachment and trust, low digital literacy.",
            zh: "建成年代较早的小区：老年居民多，社区依恋和信任较强，数字素养较低。",
            source: "MODEL.md §1"),
        term(
            "commodity-estate", "commodity-housing estate", "商品房小区",
            en:
                "A market-built estate: more young residents, weak attachment, little spare time, high digital literacy.",
            zh: "市场化开发的小区：年轻居民多，社区依恋较弱，空闲时间少，数字素养较高。",
            source: "MODEL.md §1"),
        // The typology
        term(
            "typology", "typology", "类型学",
            en:
                "coprod's four types of co-production, from participation method × micro-infrastructure attribute (its operationalisation).",
            zh: "coprod 按“参与方式 × 微基建属性”划分的四种共同生产类型（本模型的操作化）。",
            source: "WANG 2025; MODEL.md §9"),
        term(
            "participation-method", "participation method", "参与方式",
            en:
                "How residents came in: self-organised when the autonomy share reaches the threshold (0.5), otherwise mobilised.",
            zh: "居民以何种方式进入：自主进入占比达到阈值（0.5）为自组织，否则为动员。",
            source: "WANG 2025; MODEL.md §9"),
        term(
            "autonomy-share", "autonomy share", "自主进入占比",
            en: "Share of a project's entries that came through the autonomous channel, 0–1.",
            zh: "项目全部进入中经由自主渠道的比例，0–1。",
            source: "MODEL.md §9"),
        term(
            "micro-infrastructure-attribute", "micro-infrastructure attribute", "微基建属性",
            en:
                "Who a facility benefits: a commons when publicness reaches the threshold (0.5), otherwise a livelihood good.",
            zh: "设施惠及谁：公共性达到阈值（0.5）为公共品，否则为民生品。",
            source: "WANG 2025; MODEL.md §9"),
        term(
            "commons", "commons", "公共品（公地）",
            en: "A facility or space shared by the whole community; open to free-riding and neglect.",
            zh: "全社区共享的设施或空间；容易出现搭便车和无人维护的问题。",
            source: "Ostrom 1990; MODEL.md §9"),
        term(
            "livelihood", "livelihood good", "民生品",
            en: "A facility whose benefits fall on some households, close to a club good, e.g. a lift for one block.",
            zh: "收益集中在部分住户的设施，接近俱乐部物品，如为某一栋楼加装的电梯。",
            source: "WANG 2025; MODEL.md §9"),
        term(
            "type-i", "type I, mobilised compliance", "I 动员配合型",
            en:
                "Mobilised × livelihood: residents go along with a government-led project for some households, e.g. a subsidised lift.",
            zh: "动员 × 民生：居民配合政府主导、惠及部分住户的项目，如有补贴的加装电梯。",
            source: "MODEL.md §9"),
        term(
            "type-ii", "type II, guided co-construction", "II 引导共建型",
            en:
                "Mobilised × commons: government or experts guide residents in building a shared space, e.g. a pocket park.",
            zh: "动员 × 公共：政府或专业力量引导居民共建公共空间，如口袋公园。",
            source: "MODEL.md §9"),
        term(
            "type-iii", "type III, interest-driven self-help", "III 利益自助型",
            en:
                "Self-organised × livelihood: households organise around their own shared interest, e.g. a block's own shed.",
            zh: "自组织 × 民生：住户围绕共同利益自发组织、自我服务，如一栋楼自建车棚。",
            source: "MODEL.md §9"),
        term(
            "type-iv", "type IV, autonomous co-creation", "IV 自主共创型",
            en:
                "Self-organised × commons: residents create and run a shared good themselves, e.g. a resident-run garden.",
            zh: "自组织 × 公共：居民自主创造并运营公共品，如居民自管的社区花园。",
            source: "MODEL.md §9"),
        // The government's strategies
        term(
            "director", "director", "主导者",
            en: "Government role 0: it decides and supplies most of the inputs itself.",
            zh: "政府角色为 0：由政府决策，并提供大部分投入。",
            source: "WANG 2025; MODEL.md §1"),
        term(
            "enabler", "enabler", "使能者",
            en: "Government role 1: it supports and facilitates residents' own action.",
            zh: "政府角色为 1：支持并促成居民自己的行动。",
            source: "WANG 2025; MODEL.md §1"),
        term(
            "responsiveness", "responsiveness", "回应性",
            en: "Share of residents' input the government acts upon, 0–1; it raises satisfaction, trust and quality.",
            zh: "政府对居民意见予以采纳落实的比例，0–1；能提高满意度、信任和设施质量。",
            source: "MODEL.md §1, §4, §5"),
        term(
            "role-shift", "role transformation", "角色转变",
            en:
                "The government moving from director toward enabler and becoming more responsive; the paper's first recommendation.",
            zh: "政府由主导者向使能者转变，并提高回应性；论文的首要建议。",
            source: "WANG 2025; MODEL.md §7"),
        term(
            "differentiated", "differentiated management", "差异化管理",
            en:
                "Fitting strategies to a project's type; in coprod strategies that do not fit the type work at half strength.",
            zh: "按项目类型选用策略；coprod 中与类型不匹配的策略只发挥一半效果。",
            source: "WANG 2025; MODEL.md §7, §9"),
        term(
            "tech-platform", "technological empowerment (tech platform)", "技术赋能（技术平台）",
            en:
                "Technological innovation: an online platform that spreads awareness, adds an online way in and makes work easier.",
            zh: "技术创新：借助线上平台扩大知晓、开辟线上参与渠道并降低参与难度。",
            source: "WANG 2025; 刘淑妍 & 吕俊延 2021; MODEL.md §7"),
        term(
            "emotional-care", "emotional care (emotional engagement)", "情感关怀",
            en:
                "Care and recognition carried through close ties; raises satisfaction and identification, and so retention. "
                + "Aimed at one facility, it raises retention on the resident's other projects too, because her "
                + "identification, like the solidary rewards of the neighbours it keeps active, is hers and not the "
                + "facility's (satisfaction is kept per facility).",
            zh: "经由亲密邻里关系传递的关心与认可；提升满意度和认同，进而提高保持率。"
                + "只针对一个设施的关怀也会提高居民在其他项目上的保持率，因为认同和被它留住的邻居带来的团结性回报一样属于居民本人，"
                + "而不属于某个设施（满意度则按设施分别计算）。",
            source: "WANG 2025; 高飞 2022; MODEL.md §3, §4, §7"),
        term(
            "incentive", "material incentive", "物质激励",
            en:
                "Material rewards for taking part: more entries while they last, at the risk of crowding out public awareness.",
            zh: "对参与给予物质奖励：实施期间加入者增多，但可能挤出公共意识。",
            source: "Alford 2002; Frey & Jegen 2001; MODEL.md §7"),
        term(
            "information", "publicity", "信息宣传",
            en: "Telling residents about a project and how to join; it raises awareness.",
            zh: "向居民宣传项目及参与方式，提高知晓率。",
            source: "Parrado et al. 2013; MODEL.md §7"),
        term(
            "training", "capacity building", "增能培训",
            en: "Training that raises the skill and self-efficacy of residents who know of the project.",
            zh: "面向知晓项目的居民开展培训，提升其技能和自我效能感（增能）。",
            source: "WANG 2025; MODEL.md §7"),
        term(
            "council", "residents' council", "居民议事会",
            en: "A deliberative body of residents: co-design becomes easier and the government more responsive.",
            zh: "居民协商议事的平台：降低共同设计的难度，提高政府的回应性。",
            source: "WANG 2025; MODEL.md §7"),
        term(
            "outreach", "door-to-door mobilisation", "入户动员",
            en: "The government's own mobilisation effort, visiting residents; it works through their trust.",
            zh: "政府上门入户开展动员；其效果取决于居民的信任。",
            source: "罗兴佐 & 何晓龙 2023; MODEL.md §7"),
        term(
            "community-ever-joined-share", "community ever-joined share", "社区曾参与率",
            en:
                "The share of all residents who have ever been active on any facility (the metric `participation`); a facility's ever-joined share counts only the residents it serves, and its active count only those taking part this week.",
            zh:
                "全体居民中曾参与过任一设施者的占比（指标 `participation`）；某个设施的曾参与率只计其受益居民，当前参与人数只计本周仍在参与的人。",
            source: "MODEL.md §8"),
        term(
            "government-mobilisation", "government mobilisation", "政府动员",
            en:
                "The term of the mobilised chance pMob that the government's mobilisation effort gives (a facility's `outreach`, 0.3 by default, 0 for a resident-initiated one, raised by the outreach intervention), through trust; `explain` lists it.",
            zh:
                "动员参与概率中来自政府动员力度的一项（设施的 `outreach`，默认 0.3，居民发起的项目为 0，入户动员干预会提高它），其效果取决于信任；`explain` 会列出这一项。",
            source: "MODEL.md §4"),
        term(
            "arnstein-ladder", "ladder of citizen participation", "公民参与阶梯",
            en:
                "Arnstein's eight rungs from manipulation to citizen control, a yardstick of how much power residents really hold.",
            zh: "阿恩斯坦提出的八级阶梯，从操纵到公民控制，用来衡量居民实际掌握多少权力。",
            source: "Arnstein 1969"),
        term(
            "consent-vote", "consent vote", "业主表决",
            en:
                "The served owners' vote on a major common work (PRC Civil Code art. 278): two thirds take part, three quarters of them agree.",
            zh: "受益业主对重大共有部分改造的表决（《民法典》第 278 条）：三分之二以上参与，其中四分之三以上同意。",
            source: "PRC Civil Code art. 278; MODEL.md §12"),
        term(
            "turnout", "turnout", "投票率",
            en: "The share of the served owners who vote in a consent vote.",
            zh: "业主表决中参加投票的受益业主所占比例。",
            source: "PRC Civil Code art. 278; MODEL.md §12"),
        term(
            "approval", "approval", "同意率",
            en: "The share of voters who agree in a consent vote.",
            zh: "业主表决中投票者表示同意的比例。",
            source: "PRC Civil Code art. 278; MODEL.md §12"),
        term(
            "by-floor-benefit", "benefit by floor", "按楼层受益",
            en:
                "A lift's benefit grows with the floor a resident lives on; the ground floor gains little and bears the costs.",
            zh: "电梯的受益随居民所住楼层升高而增大；一层受益很少，还要承担代价。",
            source: "诸大建 2020; MODEL.md §12"),
        term(
            "satiation", "satiation", "满足饱和",
            en: "Once a facility works well, residents see less need to keep co-producing it.",
            zh: "设施运转良好之后，居民认为继续共同生产的必要性下降。",
            source: "Parrado et al. 2013; Bovaird et al. 2015; MODEL.md §12"),
        term(
            "upkeep", "government upkeep", "养护投入",
            en: "The government's work for a completed facility in maintenance; zero leaves the upkeep to residents.",
            zh: "政府对已建成、处于维护阶段的设施投入的工作；为零时养护全靠居民。",
            source: "MODEL.md §12"),
        term(
            "performative-participation", "performative participation", "形式化参与",
            en:
                "Taking part on paper: mobilised residents with little identification who count as active but add little and shape nothing.",
            zh: "表面上的参与：认同感很低的动员参与者，虽计为参与，却投入很少，也不影响设计。",
            source: "杨帆 2020; MODEL.md §12"),
        term(
            "activist", "activist", "积极分子",
            en:
                "One of the key minority who mobilise their neighbours: her participation weighs more in her ties' norm, outreach and care.",
            zh: "带动邻里的关键少数：她的参与在关系人的主观规范、动员与情感关怀中分量更重。",
            source: "罗兴佐 & 何晓龙 2023 (二次动员); MODEL.md §12"),
        term(
            "market-partner", "market partner (PPP)", "市场主体（社会资本合作方）",
            en:
                "A firm that co-produces with the government for a fee: a third producer until completion; a service bought is a service less owned.",
            zh: "与政府合作并收取费用的企业：建成前作为第三个生产者；买来的服务，居民的主人翁感也随之减弱。",
            source: "王欢明 2022; MODEL.md §12"),
    ]

    private static let byKey: [String: GlossaryEntry] =
        Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

    /// The entry for `key`, ignoring case and surrounding blanks; failing that, the entry one of
    /// whose names is `key`: its English or Chinese term, either without its parenthesis or the words
    /// in it (`技术赋能` and `技术平台` find `tech-platform`, `place attachment` finds
    /// `place-attachment`), or a Chinese alias of ``Terms/aliases`` (`动员配合型` finds `type-i`).
    /// Nil when there is none.
    public static func entry(_ key: String) -> GlossaryEntry? {
        let word = key.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !word.isEmpty else { return nil }
        if let found = byKey[word] { return found }
        if let found = byName[word] { return found }
        if let found = printedNames[word].flatMap({ byKey[$0] }) { return found }
        if let canonical = Terms.aliases[word] {
            return byKey[canonical] ?? byKey["type-" + canonical.lowercased()]
        }
        return nil
    }

    /// Names the output prints for a term besides the glossary's own (`参与阶梯：第 3 级` and
    /// `Arnstein rung 3` in `show shed`), lower case.
    private static let printedNames: [String: String] = [
        "参与阶梯": "arnstein-ladder",
        "arnstein rung": "arnstein-ladder",
        "arnstein's ladder": "arnstein-ladder",
        "arnstein ladder": "arnstein-ladder",
    ]

    /// Every name of every entry, lower case, first entry first.
    private static let byName: [String: GlossaryEntry] = {
        var names: [String: GlossaryEntry] = [:]
        for entry in entries {
            for term in [entry.term.en, entry.term.zh] {
                for name in forms(of: term) where names[name.lowercased()] == nil {
                    names[name.lowercased()] = entry
                }
            }
        }
        return names
    }()

    /// A term, the term without its parenthesis, the words in the parenthesis, and what follows a
    /// leading type numeral (`type I, mobilised compliance`, `I 动员配合型`).
    private static func forms(of term: String) -> [String] {
        var forms = [term]
        for (open, close) in [("(", ")"), ("（", "）")] {
            guard let start = term.range(of: open),
                let end = term.range(of: close, range: start.upperBound..<term.endIndex)
            else { continue }
            let outside = (term[..<start.lowerBound] + term[end.upperBound...])
                .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            forms += [outside, String(term[start.upperBound..<end.lowerBound])]
        }
        if let comma = term.range(of: ", ") { forms.append(String(term[comma.upperBound...])) }
        if let space = term.firstIndex(of: " "), term[..<space].allSatisfy({ "IV".contains($0) }) {
            forms.append(String(term[term.index(after: space)...]))
        }
        return forms.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func term(
        _ key: String, _ en: String, _ zh: String, en definition: String,
        zh definitionZh: String, source: String
    ) -> GlossaryEntry {
        GlossaryEntry(
            key: key, term: Bilingual(en: en, zh: zh),
            definition: Bilingual(en: definition, zh: definitionZh), source: source)
    }
}
