# The sweep both scaling tests run (sourced): 2 × 3 cells × 3 replicates of the default example, 20 weeks.
# SOURCE_DATE_EPOCH fixes the date comment, so the single run and the merge can be compared byte for byte.
export SOURCE_DATE_EPOCH=1764547200
sweep_args=(sweep "$script" --vary shed.salience=0.3,0.9 --vary government.budget=2:6:2 --replicates 3 --weeks 20 -q)
