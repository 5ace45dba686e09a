// Step 3, 'mvn verify' on the changed code (src/main/v2: encode keeps a Frame per call, +16 B and +1 object):
// the check fails because encode regressed from the baseline, although it keeps its budget of 64 B.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def dir = new File(basedir, 'target/allocbudget')
def source = new File(basedir, 'src/main/v2/demo/Codec.java').readLines()
def line = { String site -> source.findIndexOf { it.endsWith("// site:${site}") } + 1 }
// methods that keep their baseline have their objects counted where the plugin carries the native agent
def runnerJar = new File(localRepositoryPath, 'dev/allocbudget/allocbudget-runner').listFiles()
        .collectMany { it.listFiles().findAll { f -> f.name ==~ /allocbudget-runner-.*(?<!sources|javadoc)\.jar/ } }.first()
def agent = new java.util.zip.ZipFile(runnerJar).withCloseable {
    it.getEntry('dev/allocbudget/runner/native/linux-x86_64/liballocbudget.so') != null
}

assert log.contains('Recompiling the module because of added or removed source files.') // v1 -> v2
def counted = { String n -> agent ? "${n} obj/op  " : '' }
assert log =~ /\[INFO\] \[1\/3\] demo\.CodecBudget#checksum  0 B\/op  ${counted('0')}PASS  \d+\.\d s  \(measured again: class demo\.Codec changed\)\n/
assert log =~ /\[INFO\] \[2\/3\] demo\.CodecBudget#decode  16 B\/op  ${counted('1')}PASS  \d+\.\d s  \(measured again: class demo\.Codec changed\)\n/
assert log =~ /\[INFO\] \[3\/3\] demo\.CodecBudget#encode  48 B\/op  2 obj\/op  REGRESSED  \d+\.\d s  \(measured again: class demo\.Codec changed\)\n/
assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 2 passed \(0 improved, 0 new\), 0 over budget, 1 regressed, 0 errors\n/
assert log.contains(
        '[ERROR] Allocation regressed from the baseline in 1 of 3 methods:\n' +
        '[ERROR]   demo.CodecBudget#encode: bytes/op is 48, but baseline is 32 (+16 B, +50%); objects/op is 2, but baseline is 1\n' +
        // what the change added; the int[] whose line moved (8 in v1) is the same site, unchanged
        '[ERROR]     allocation sites changed since the baseline:\n' +
        "[ERROR]       +16 B/op, +1 obj/op: new demo.Codec\$Frame at Codec.encode(Codec.java:${line('frame')})\n" +
        '[ERROR]     allocation sites (per call, steady state):\n' +
        "[ERROR]       1 obj     32 B  int[]             at demo.Codec.encode(Codec.java:${line('words')})\n" +
        "[ERROR]       1 obj     16 B  demo.Codec\$Frame  at demo.Codec.encode(Codec.java:${line('frame')})\n" +
        "[ERROR] Report: ${new File(dir, 'report.html').absolutePath}\n" +
        '[ERROR] To accept: mvn allocbudget:baseline, then commit allocbudget-baseline.json (add a reason for the change).\n' +
        '[ERROR] To report violations without failing the build: -Dallocbudget.failOnViolation=false\n')
assert !log.contains('Allocation budget exceeded') : 'within its budget: a regression, not a budget violation'
assert log =~ /\[ERROR\] Failed to execute goal dev\.allocbudget:allocbudget-maven-plugin:\S+:check \(default\) on project baseline-regression-steps: Allocation regressed from the baseline in 1 of 3 methods \(details above and in \S+report\.html\)/
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: Allocation regressed')
// a failing check leaves the baseline as committed
assert new File(basedir, 'allocbudget-baseline.json').text == new File(basedir, 'baseline-committed.json').text

def json = new groovy.json.JsonSlurper().parse(new File(dir, 'report.json'))
def java = Runtime.Version.parse(json.environment.javaVersion).feature() as String
assert json.baseline == [file: new File(basedir, 'allocbudget-baseline.json').absolutePath, java: java,
        javaInFile: [java], staleEntries: []]
def m = json.methods.collectEntries { [(it.id - 'demo.CodecBudget#'): it] }
assert m.keySet() as List == ['checksum', 'decode', 'encode']
assert m.checksum.baseline == [status: 'SAME', bytesPerOp: 0, objectsPerOp: 0, reason: null, siteChanges: null]
assert m.decode.baseline == [status: 'SAME', bytesPerOp: 16, objectsPerOp: 1,
        reason: 'ids above 127 are boxed: one Integer per call', siteChanges: null]
def frameLine = "demo.Codec.encode(Codec.java:${line('frame')})".toString()
assert m.encode.baseline == [status: 'REGRESSED', bytesPerOp: 32, objectsPerOp: 1, reason: null, siteChanges: [
        [change: 'NEW', type: 'demo.Codec$Frame', thread: 'main', at: frameLine, in: frameLine,
         bytesPerOp: [before: 0, after: 16], objectsPerOp: [before: 0, after: 1],
         text: "+16 B/op, +1 obj/op: new demo.Codec\$Frame at Codec.encode(Codec.java:${line('frame')})".toString()]]]
assert [m.encode.bytesPerOp, m.encode.objectsPerOp, m.encode.verdict] == [48, 2, 'REGRESSED']
assert m.encode.message == 'demo.CodecBudget#encode: bytes/op is 48, but baseline is 32 (+16 B, +50%); objects/op is 2, but baseline is 1'
assert m.encode.sites*.type == ['int[]', 'demo.Codec$Frame']
assert [m.checksum.verdict, m.decode.verdict] == ['PASS', 'PASS']
// a regression is confirmed in a second fork before it fails the build
def forks = new File(dir, 'forks').list().findAll { it.endsWith('-measure.events') }
assert forks.size() == 4 : "1 fork each for checksum and decode, 2 for encode, got ${forks}"

// Surefire's format, for CI test reporters: the regression is a failure of test case encode
def xml = new groovy.xml.XmlSlurper().parse(new File(dir, 'TEST-allocbudget.xml'))
assert xml.name() == 'testsuite' && xml.@name == 'allocbudget'
assert [xml.@tests, xml.@failures, xml.@errors, xml.@skipped]*.text() == ['3', '1', '0', '0']
assert xml.properties.property.find { it.@name == 'allocbudget.baseline' }.@value == json.baseline.file
assert xml.testcase.collect { "${it.@classname}#${it.@name}".toString() } == json.methods*.id
assert xml.testcase.every { it.@time.text() ==~ /\d+(\.\d{1,3})?/ }
def encode = xml.testcase.find { it.@name == 'encode' }
assert encode.failure.size() == 1 && encode.error.size() == 0
assert encode.failure.@type == 'allocbudget.Regressed'
assert encode.failure.@message == 'bytes/op is 48, but baseline is 32 (+16 B, +50%); objects/op is 2, but baseline is 1'
assert encode.failure.text().startsWith(m.encode.message + '\nallocation sites changed since the baseline:\n  '
        + m.encode.baseline.siteChanges[0].text + '\nallocation sites (per call, steady state):\n')
assert encode.'system-out'.text() == '48 B/op, 2 obj/op; budget: 64 B/op; baseline: 32 B/op, 1 obj/op (REGRESSED)'
assert xml.testcase.findAll { it.@name != 'encode' }.every { it.failure.size() == 0 && it.error.size() == 0 }
assert xml.testcase.find { it.@name == 'decode' }.'system-out'.text() ==
        "16 B/op${agent ? ', 1 obj/op' : ''}; budget: none; baseline: 16 B/op, 1 obj/op (SAME)"

def md = new File(dir, 'report.md').text
def objects = { String n -> agent ? n : '–' }
def same = { String n -> agent ? '0' : '–' }
assert md.contains('2 passed (0 improved, 0 new), 0 over budget, 1 regressed, 0 errors\n')
assert md.contains(" · baseline `allocbudget-baseline.json` (Java ${java})\n")
assert md.contains('| | Method | B/op | Budget | Baseline | Δ | obj/op | Budget | Baseline | Δ |\n' +
        '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n' +
        "| ✅ pass | `demo.CodecBudget#checksum` | 0 | 0 | 0 | 0 B | ${objects('0')} | – | 0 | ${same()} |\n" +
        "| ✅ pass | `demo.CodecBudget#decode` | 16 | – | 16 | 0 B | ${objects('1')} | – | 1 | ${same()} |\n" +
        '| ❌ **regressed** | `demo.CodecBudget#encode` | 48 | 64 | 32 | +16 B, +50% | 2 | – | 1 | +1, +100% |\n')
assert md.contains('\n- ' + m.encode.message + '\n')
assert md.contains('To accept a regression: `mvn allocbudget:baseline`, then commit `allocbudget-baseline.json` (add a reason for the change).')
def html = new File(dir, 'report.html').text
assert json.methods*.id.every { html.contains(it) }
assert html.contains('Allocation sites changed since the baseline (1)</summary>')
assert html.replace('<wbr>', '').contains('<li class="new">+16 B/op, +1 obj/op: new demo.Codec$Frame at Codec.encode(Codec.java:')

// GITHUB_STEP_SUMMARY names a file: the Markdown report is appended to what the job's earlier steps wrote
assert new File(basedir, 'step-summary.md').text == '## Unit tests\n\nAll passed.\n' + md + '\n'
new File(basedir, 'report-step-3.md').text = md // for step 5
true
