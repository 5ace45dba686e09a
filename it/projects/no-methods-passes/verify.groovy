def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] No @AllocationBudget methods found in the test classes; nothing to check.')
// the budget in the main code is not measured, and the build says so
assert log.contains('[WARNING] @AllocationBudget on a method of the main code, which the check never measures:' +
        ' demo.Slugs#slug. Budget methods live in the test code (src/test/java), where each calls the main code it' +
        ' holds to a budget; move it there.')
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
