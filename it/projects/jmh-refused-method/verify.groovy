def log = new File(basedir, 'build.log').text

def said = '[WARNING] NoPackageBudget#boxed: JMH could not be prepared: Benchmark class should have package other' +
        ' than default. Its verdict is the check\'s figure alone.'
assert log.count(said) == 1
assert log =~ /\[INFO\] \[1\/1\] NoPackageBudget#boxed  16 B\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] allocbudget: 1 method checked in \d+\.\d s: 1 passed, 0 over budget, 0 errors\n/
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/allocbudget/forks').list().any { it.endsWith('-jmh-run.events') } : 'nothing to run'

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert json.methods*.verdict == ['PASS']
assert json.methods[0].jmh == null
true
