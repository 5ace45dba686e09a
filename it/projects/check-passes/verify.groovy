def log = new File(basedir, 'build.log').text
def pluginVersion = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
        .build.plugins.plugin.find { it.artifactId == 'allocbudget-maven-plugin' }.version.text()

assert log =~ /\[INFO\] Measuring allocation of 3 methods on Java ${java.util.regex.Pattern.quote(System.getProperty('java.version'))} \(.+, .+\), one forked JVM each/
assert log =~ /\[INFO\] \[1\/3\] demo\.CountersBudget#boxed  16 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[2\/3\] demo\.CountersBudget#increment  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[3\/3\] demo\.CountersBudget#snapshot  48 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 3 passed, 0 over budget, 0 errors/
// a passing check says nothing more: no headline, no report pointer, no warning
assert !log.contains('Allocation budget exceeded')
assert !log.contains('Allocation could not be measured')
assert !log.contains('Report: ')
// (only the plugin's own output: a first build into an empty IT repository logs download warnings before it)
def pluginOutput = log.substring(log.indexOf('--- allocbudget-maven-plugin:'))
assert !(pluginOutput =~ /\[(WARNING|ERROR)\]/)
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert json.formatVersion == 1
assert json.environment.javaVersion == System.getProperty('java.version')
assert json.environment.javaVendor == System.getProperty('java.vendor')
assert json.environment.vmName == System.getProperty('java.vm.name')
assert json.environment.gc in ['G1', 'Serial', 'Parallel', 'ZGC', 'Shenandoah']
assert json.environment.pluginVersion == pluginVersion
assert json.methods*.id == ['demo.CountersBudget#boxed', 'demo.CountersBudget#increment', 'demo.CountersBudget#snapshot']
assert json.methods*.bytesPerOp == [16, 0, 48]
assert json.methods*.budget*.bytes == [16, 0, null] // snapshot has no limit: null, not -1
assert json.methods*.verdict == ['PASS', 'PASS', 'PASS']
assert json.methods*.message == [null, null, null]
// nothing over budget, so nothing is measured twice: one fork per method, plus discovery
def forks = new File(basedir, 'target/allocbudget/forks').list().findAll { it.endsWith('.events') }.sort()
assert forks == ['fork-001-discover.events', 'fork-002-measure.events', 'fork-003-measure.events', 'fork-004-measure.events']
true
