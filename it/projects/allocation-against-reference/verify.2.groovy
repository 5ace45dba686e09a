// Step 2: the changed code (v2) against reference-v1, with no baseline file: each method is measured once on the
// reference's classes, and its figures are held to the reference's as to a baseline.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def reportFile = new File(basedir, 'target/allocbudget/report.json')

// the reference's objects were counted (by the native agent), so this build's are too, and compared; length's
// reference has none (it cannot run it), so its objects are not counted
assert log =~ /\[INFO\] \[1\/4\] demo\.CodecBudget#box  0 B\/op  0 obj\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[2\/4\] demo\.CodecBudget#checksum  0 B\/op  0 obj\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[3\/4\] demo\.CodecBudget#encode  64 B\/op  2 obj\/op  REGRESSED  \d+\.\d s\n/
assert log =~ /\[INFO\] \[4\/4\] demo\.CodecBudget#length  0 B\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] allocbudget: 4 methods checked in \d+\.\d s: 3 passed \(1 improved, 1 new\), 0 over budget, 1 regressed, 0 errors\n/

// the improvement and the method the reference cannot run are news, before the failure
assert log.contains('[INFO] Improved on the reference:\n[INFO]   demo.CodecBudget#box: bytes/op is 0, below the'
        + ' reference reference-v1\'s 24 (-24 B, -100%); objects/op is 0, below the reference reference-v1\'s 1\n')
def reason = ('the reference cannot run it: the method threw java.lang.NoSuchMethodError:'
        + ' \'int demo.Codec.length(byte[])\'\n\tat demo.CodecBudget.length(CodecBudget.java:26)')
assert log.contains('[INFO] Not compared with the reference (NEW, passing on their budgets):\n'
        + '[INFO]   demo.CodecBudget#length: ' + reason.replace('\n', '\n    ') + '\n')

def message = ('demo.CodecBudget#encode: bytes/op is 64, but the reference reference-v1 allocates 32 (+32 B, +100%);'
        + ' objects/op is 2, but the reference reference-v1 allocates 1')
assert log.contains('[ERROR] Allocation regressed from the reference in 1 of 4 methods:\n[ERROR]   ' + message)
// the reference's sites, counted in its forks of this run, against this run's: v1 copied once (line 9), v2 twice
// (lines 11 and 13); sites of one method, type and call pair in line order, so the copy at 13 is the new one
assert log.contains('[ERROR]   ' + message + '\n' +
        '[ERROR]     allocation sites changed since the reference reference-v1:\n' +
        '[ERROR]       +32 B/op, +1 obj/op: new byte[] at Codec.encode(Codec.java:13) (in Arrays.copyOf)\n')
assert log.contains('[INFO]   demo.CodecBudget#box: bytes/op is 0, below the reference reference-v1\'s 24 (-24 B, -100%);'
        + ' objects/op is 0, below the reference reference-v1\'s 1\n'
        + '[INFO]     allocation sites changed since the reference reference-v1:\n'
        + '[INFO]       -24 B/op, -1 obj/op: gone java.lang.Long at Codec.box(Codec.java:14) (in Long.valueOf)\n')
assert log.contains('[ERROR] Allocation is compared with the reference again in every run: to accept the change,'
        + ' make the reference a version that has it (-Dallocbudget.reference), or record a baseline file'
        + ' (mvn allocbudget:baseline), which then takes the reference\'s place for allocation.\n')
assert !log.contains('To accept: mvn allocbudget:baseline')
assert log.contains('BUILD FAILURE')

// one fork per method on the reference's classes, and a second that confirms the reference's figures for each
// verdict against them (encode regressed, box improved)
def forks = new File(basedir, 'target/allocbudget/forks').list().findAll { it.endsWith('-measure-reference.events') }
assert forks.size() == 6 : forks

def json = new groovy.json.JsonSlurper().parse(reportFile)
assert json.baseline == null : 'no baseline file'
def m = json.methods.collectEntries { [(it.id - 'demo.CodecBudget#'): it] }
assert m.keySet() as List == ['box', 'checksum', 'encode', 'length']
assert [m.encode.verdict, m.encode.bytesPerOp, m.encode.objectsPerOp, m.encode.message] == ['REGRESSED', 64, 2, message]
assert m.encode.baseline.subMap('status', 'bytesPerOp', 'reference', 'notCompared') ==
        [status: 'REGRESSED', bytesPerOp: 32, reference: 'reference-v1', notCompared: null]
assert m.encode.baseline.objectsPerOp == 1 : 'the reference\'s objects were counted too'
assert m.box.baseline.subMap('status', 'bytesPerOp', 'reference') == [status: 'IMPROVED', bytesPerOp: 24, reference: 'reference-v1']
assert m.box.verdict == 'PASS'
assert m.checksum.baseline.subMap('status', 'bytesPerOp', 'reference') == [status: 'SAME', bytesPerOp: 0, reference: 'reference-v1']
assert [m.length.verdict, m.length.baseline.status, m.length.baseline.bytesPerOp] == ['PASS', 'NEW', null]
assert m.length.baseline.notCompared == reason

def md = new File(basedir, 'target/allocbudget/report.md').text
assert md.contains('| | Method | B/op | Budget | Reference | Δ | obj/op | Budget | Reference | Δ |')
// the reference's stacks, from its forks of this run, make encode's flame graph differential; the page lists the
// changed sites as the console does
def html = new File(basedir, 'target/allocbudget/report.html').text.replace('<wbr>', '')
def card = html.substring(html.indexOf('data-id="demo.CodecBudget#encode"'))
card = card.substring(0, card.indexOf('</section>'))
assert card.contains('Compared with the stacks before: red grew, blue shrank')
assert card.contains('<li class="new">+32 B/op, +1 obj/op: new byte[] at Codec.encode(Codec.java:13) (in Arrays.copyOf)</li>')
// and difffolded.pl's text beside the method's collapsed file: each stack with its bytes before and now
def flame = new groovy.json.JsonSlurper().parse(reportFile).methods.find { it.id == 'demo.CodecBudget#encode' }.flame
def diff = new File(basedir, 'target/allocbudget/' + flame.file.replace('.collapsed', '.diff.collapsed'))
assert diff.isFile()
def counts = diff.readLines().collect { it.split(' ')[-2..-1]*.toLong() }
assert counts.sum { it[0] } == 32 && counts.sum { it[1] } == 64 : diff.text
true
