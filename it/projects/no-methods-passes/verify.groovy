def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] No @AllocationBudget methods found in the test classes; nothing to check.')
assert !log.contains('Measuring allocation')
assert !log.contains('allocbudget: ')
assert !log.contains('No test classes in this module') : 'there are test classes, just no budgets in them'
assert log.contains('BUILD SUCCESS')

// the test classes were scanned (one discovery fork, no measurement) and the empty result reported
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert json.formatVersion == 1
assert json.environment.javaVersion == System.getProperty('java.version')
assert json.methods == []
def forks = new File(basedir, 'target/allocbudget/forks').list().findAll { it.endsWith('.events') }
assert forks == ['fork-001-discover.events']
true
