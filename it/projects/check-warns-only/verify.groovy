def log = new File(basedir, 'build.log').text
// the native object counter is in the plugin when its build had gcc (Linux x86-64); JFR counts otherwise
def runnerJar = new File(localRepositoryPath, 'dev/allocbudget/allocbudget-runner').listFiles()
        .collectMany { it.listFiles().findAll { f -> f.name ==~ /allocbudget-runner-.*(?<!sources|javadoc)\.jar/ } }.first()
def countedWith = new java.util.zip.ZipFile(runnerJar).withCloseable {
    it.getEntry('dev/allocbudget/runner/native/linux-x86_64/liballocbudget.so') != null ? 'jvmti-agent' : 'jfr-fallback'
}
def reportFile = new File(basedir, 'target/allocbudget/report.json')
def htmlReport = new File(basedir, 'target/allocbudget/report.html') // where the console points

assert log =~ /\[INFO\] \[1\/2\] demo\.TimestampsBudget#boxed  24 B\/op  1 obj\/op  FAIL  \d+\.\d s/
assert log =~ /\[INFO\] \[2\/2\] demo\.TimestampsBudget#rounded  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 1 passed, 1 over budget, 0 errors/
// the same block as a failing build, at WARN, ending with why the build still passes
def block = ['[WARNING] Allocation budget exceeded in 1 of 2 methods:',
             '[WARNING]   demo.TimestampsBudget#boxed: bytes/op is 24, but budget is 8',
             '[WARNING]     allocation sites (per call, steady state):',
             '[WARNING]       1 obj     24 B  java.lang.Long  at demo.Timestamps.boxed(Timestamps.java:8)  (in java.lang.Long.valueOf(Long.java:1211))',
             "[WARNING] Report: ${htmlReport.canonicalPath}",
             '[WARNING] Not failing the build: allocbudget.failOnViolation is false.'].join('\n')
assert log.contains(block)
assert !log.contains('[ERROR]')
assert !log.contains('To report violations without failing the build')
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(reportFile)
assert json.methods*.id == ['demo.TimestampsBudget#boxed', 'demo.TimestampsBudget#rounded']
def boxed = json.methods[0]
assert boxed.bytesPerOp == 24
assert boxed.budget.bytes == 8
assert boxed.verdict == 'FAIL' // the verdict does not depend on failOnViolation
assert boxed.objectsPerOp == 1 && boxed.objectsCountedWith == countedWith // counted by the confirming fork
assert boxed.message == 'demo.TimestampsBudget#boxed: bytes/op is 24, but budget is 8'
assert json.methods[1].bytesPerOp == 0
assert json.methods[1].verdict == 'PASS'
// the violation was still confirmed in a second fork
def forks = new File(basedir, 'target/allocbudget/forks').list().findAll { it.endsWith('-measure.events') }
assert forks.size() == 3 : "2 forks for boxed, 1 for rounded, got ${forks}"
true
