// Step 1, the forks on JDK 17 (the JDK running Maven): array's budget without a range applies (48, met), onlyNewer
// has a budget for 25 and later only (measured with no limit), overlap's ranges share Java 21 (an error on any JDK).
def whole = new File(basedir, 'build.log').text
def log = whole.substring(0, whole.indexOf('Finished post-build script:') < 0 ? whole.length() : whole.indexOf('Finished post-build script:'))
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def java = Runtime.Version.parse(json.environment.javaVersion).feature()
assert java < 25 : "step 1 measures on the JDK running Maven, got ${java}"

assert log =~ /\[INFO\] \[1\/3\] demo\.PerJava#array  48 B\/op  PASS  \d+\.\d s  \(budget for other Java versions\)\n/
assert log =~ /\[INFO\] \[2\/3\] demo\.PerJava#onlyNewer  16 B\/op  PASS  \d+\.\d s  \(no budget for Java ${java}\)\n/
assert log =~ /\[INFO\] \[3\/3\] demo\.PerJava#overlap  n\/a  ERROR  \d+\.\d s\n/
def overlap = 'demo.PerJava#overlap: the budgets for java = "17-21" and java = "21+" both apply to Java 21; give each' +
        ' Java version one budget'
assert log.contains('[ERROR]   ' + overlap + '\n')

def m = json.methods.collectEntries { [(it.id - 'demo.PerJava#'): it] }
assert m.array.budget == [bytes: 48, objects: null, java: 'budget for other Java versions', threads: 1]
assert m.onlyNewer.budget == [bytes: null, objects: null, java: "no budget for Java ${java}".toString(), threads: 1]
assert m.overlap.verdict == 'ERROR' && m.overlap.message == overlap
true
