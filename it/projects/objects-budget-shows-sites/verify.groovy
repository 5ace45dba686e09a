def log = new File(basedir, 'build.log').text
// the native object counter is in the plugin when its build had gcc (Linux x86-64); JFR counts otherwise
def runnerJar = new File(localRepositoryPath, 'dev/allocbudget/allocbudget-runner').listFiles()
        .collectMany { it.listFiles().findAll { f -> f.name ==~ /allocbudget-runner-.*(?<!sources|javadoc)\.jar/ } }.first()
def countedWith = new java.util.zip.ZipFile(runnerJar).withCloseable {
    it.getEntry('dev/allocbudget/runner/native/linux-x86_64/liballocbudget.so') != null ? 'jvmti-agent' : 'jfr-fallback'
}

// objects budget: counted in the first fork, violation confirmed (and counted) in a second
assert log =~ /\[INFO\] \[1\/1\] demo\.ParamsBudget#bind  128 B\/op  5 obj\/op  FAIL  \d+\.\d s/
// the violation, then the sites, biggest first, each at the user's line with the JDK frame that allocated
def sites = [
        '[ERROR] Allocation budget exceeded in 1 of 1 method:',
        '[ERROR]   demo.ParamsBudget#bind: objects/op is 5, but budget is 2',
        '[ERROR]     allocation sites (per call, steady state):',
        ~/\[ERROR\]       1 obj     32 B  java\.util\.HashMap.Node  at demo\.Params\.bind\(Params\.java:12\)  \(in java\.util\.HashMap\.newNode\(HashMap\.java:\d+\)\)/,
        ~/\[ERROR\]       1 obj     32 B  java\.util\.HashMap.Node  at demo\.Params\.bind\(Params\.java:13\)  \(in java\.util\.HashMap\.newNode\(HashMap\.java:\d+\)\)/,
        ~/\[ERROR\]       1 obj     24 B  byte\[\]                  at demo\.Params\.bind\(Params\.java:12\)  \(in .*\)/,
        ~/\[ERROR\]       1 obj     24 B  java\.lang\.String        at demo\.Params\.bind\(Params\.java:12\)  \(in .*\)/,
        ~/\[ERROR\]       1 obj     16 B  java\.lang\.Integer       at demo\.Params\.bind\(Params\.java:13\)  \(in java\.lang\.Integer\.valueOf\(Integer\.java:\d+\)\)/]
def lines = log.readLines()
def start = lines.indexOf(sites[0])
assert start >= 0
sites.eachWithIndex { expected, i ->
    def actual = lines[start + i]
    assert (expected instanceof java.util.regex.Pattern ? actual ==~ expected : actual == expected) : "line ${i}: ${actual}"
}

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def bind = json.methods[0]
assert bind.id == 'demo.ParamsBudget#bind'
assert bind.bytesPerOp == 128
assert bind.objectsPerOp == 5
assert bind.objectsCountedWith == countedWith
assert bind.budget == [bytes: 1024, objects: 2, java: null, threads: 1]
assert bind.verdict == 'FAIL'
assert bind.message == 'demo.ParamsBudget#bind: objects/op is 5, but budget is 2'
// every site, biggest first; their bytes add up to bytes/op and their objects to objects/op
assert bind.sites*.type == ['java.util.HashMap$Node', 'java.util.HashMap$Node', 'byte[]', 'java.lang.String', 'java.lang.Integer']
assert bind.sites*.bytesPerOp.sum() == 128
assert bind.sites*.objectsPerOp.sum() == 5
assert bind.sites.every { site -> site.frames.any { it.startsWith('demo.Params.bind(Params.java:1') } }
assert bind.sites.every { site -> site.frames.every { !it.contains('dev.allocbudget') && !it.contains('java.lang.invoke') } }
true
