def log = new File(basedir, 'build.log').text
assert log.contains('allocbudget: no budget method matches allocbudget.includes=*BocksBudget#box among the 2 found in')
assert log.contains('The closest: demo.BoxBudget#box, demo.BoxBudget#unbox.')
assert log.contains('set -Dallocbudget.failIfNoMethods=false to pass when it selects nothing')
assert log.contains('BUILD FAILURE')
true
