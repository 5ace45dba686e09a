def log = new File(basedir, 'build.log').text
assert log.contains('No @AllocationBudget methods found in the test classes matching allocbudget.includes=[*BocksBudget#box]; nothing to check.')
assert log.contains('BUILD SUCCESS')
true
