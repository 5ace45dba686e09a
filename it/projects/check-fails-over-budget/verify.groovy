def log = new File(basedir, 'build.log').text
// the native object counter is in the plugin when its build had gcc (Linux x86-64); JFR counts otherwise
def runnerJar = new File(localRepositoryPath, 'dev/allocbudget/allocbudget-runner').listFiles()
        .collectMany { it.listFiles().findAll { f -> f.name ==~ /allocbudget-runner-.*(?<!sources|javadoc)\.jar/ } }.first()
def countedWith = new java.util.zip.ZipFile(runnerJar).withCloseable {
    it.getEntry('dev/allocbudget/runner/native/linux-x86_64/liballocbudget.so') != null ? 'jvmti-agent' : 'jfr-fallback'
}

// verdict line, then one line per violation, then the report and the switch
def verdict = log.indexOf('Allocation budget exceeded in 1 of 2 methods:')
def violation = log.indexOf('demo.IdsBudget#boxed: bytes/op is 16, but budget is 8')
def report = log.indexOf('Report: ')
def relax = log.indexOf('-Dallocbudget.failOnViolation=false')
assert verdict >= 0 && verdict < violation && violation < report && report < relax
// the confirming fork also counted the objects, and the sites follow the violation
assert log =~ /\[1\/2\] demo\.IdsBudget#boxed  16 B\/op  1 obj\/op  FAIL  \d+\.\d s/
assert log.contains('[ERROR]   demo.IdsBudget#boxed: bytes/op is 16, but budget is 8\n' +
        '[ERROR]     allocation sites (per call, steady state):\n' +
        '[ERROR]       1 obj     16 B  java.lang.Integer  at demo.Ids.boxed(Ids.java:8)' +
        '  (in java.lang.Integer.valueOf(Integer.java:')
assert log =~ /\[2\/2\] demo\.IdsBudget#unboxed  0 B\/op  PASS  \d+\.\d s/
assert log.contains('allocbudget: 2 methods checked in')
// a violation is a verdict, not a broken setup: MojoFailureException, whose message points at the details
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: Allocation budget exceeded in 1 of 2' +
        ' methods (details above and in ')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert json.formatVersion == 1
assert json.methods*.id == ['demo.IdsBudget#boxed', 'demo.IdsBudget#unboxed']
def boxed = json.methods[0]
assert boxed.bytesPerOp == 16
assert boxed.budget.bytes == 8
assert boxed.verdict == 'FAIL'
assert boxed.objectsPerOp == 1 && boxed.objectsCountedWith == countedWith
assert boxed.sites*.type == ['java.lang.Integer']
assert boxed.message == 'demo.IdsBudget#boxed: bytes/op is 16, but budget is 8'
assert json.methods[1].bytesPerOp == 0
assert json.methods[1].verdict == 'PASS'
// a violation is confirmed in a second fork before it fails the build
def forks = new File(basedir, 'target/allocbudget/forks').list().findAll { it.endsWith('-measure.events') }
assert forks.size() == 3 : "1 fork for unboxed, 2 for boxed, got ${forks}"
true
