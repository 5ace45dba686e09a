// Step 1, 'mvn verify': loose improved (confirmed in two forks), tolerated is the same within its 5%, fresh is new;
// the check says how to lock the gain in, and leaves the baseline file alone.
def log = new File(basedir, 'build.log').text // the first step: the whole log
def file = new File(basedir, 'allocbudget-baseline.json')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def java = Runtime.Version.parse(json.environment.javaVersion).feature() as String

assert java == Runtime.version().feature() as String : 'prebuild.groovy keyed the baseline for the JDK the forks run on'
assert log =~ /\[INFO\] \[1\/3\] demo\.RatchetBudget#fresh  56 B\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[2\/3\] demo\.RatchetBudget#loose  16 B\/op  1 obj\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[3\/3\] demo\.RatchetBudget#tolerated  48 B\/op  1 obj\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 3 passed \(1 improved, 1 new\), 0 over budget, 0 regressed, 0 errors\n/
assert log.contains(
        '[INFO] Improved on the baseline:\n' +
        '[INFO]   demo.RatchetBudget#loose: bytes/op is 16, below baseline 48 (-32 B, -67%); objects/op is 1, below baseline 3\n' +
        // the committed file is of format 1, from before sites were recorded
        "[INFO]     allocation sites changed since the baseline: not known (the baseline was recorded without sites; 'mvn allocbudget:baseline' records them)\n" +
        '[INFO] To lock the gain in: mvn allocbudget:baseline (or -Dallocbudget.ratchet=true on the check), then commit allocbudget-baseline.json.\n' +
        '[INFO] Not in the baseline yet (NEW, passing): demo.RatchetBudget#fresh. To record them: mvn allocbudget:baseline\n' +
        "[WARNING] Baseline entries with no such method (Java ${java}): demo.RatchetBudget#retired. 'mvn allocbudget:baseline' removes them.\n")
assert !log.contains('Ratchet:')
assert log.contains('BUILD SUCCESS')
assert file.text == new File(basedir, 'baseline-committed.json').text

assert json.baseline.staleEntries == ['demo.RatchetBudget#retired']
assert json.methods*.id == ['demo.RatchetBudget#fresh', 'demo.RatchetBudget#loose', 'demo.RatchetBudget#tolerated']
assert json.methods*.verdict == ['PASS', 'PASS', 'PASS']
assert json.methods*.baseline == [
        [status: 'NEW', bytesPerOp: null, objectsPerOp: null, reason: null, siteChanges: null],
        [status: 'IMPROVED', bytesPerOp: 48, objectsPerOp: 3, reason: 'recorded before ids were boxed directly', siteChanges: null],
        [status: 'SAME', bytesPerOp: 46, objectsPerOp: 1, reason: 'hand-set below the figure, inside its 5% tolerance', siteChanges: null]]
assert json.methods[1].message == 'demo.RatchetBudget#loose: bytes/op is 16, below baseline 48 (-32 B, -67%); objects/op is 1, below baseline 3'
// an improvement is confirmed in a second fork, as a regression is: loose 2 forks, the others 1
assert new File(basedir, 'target/allocbudget/forks').list().findAll { it.endsWith('-measure.events') }.size() == 4

def md = new File(basedir, 'target/allocbudget/report.md').text
assert md.contains('| ✅ new | `demo.RatchetBudget#fresh` | 56 | – | – | – | – | – | – | – |\n' +
        '| ✅ improved | `demo.RatchetBudget#loose` | 16 | 64 | 48 | -32 B, -67% | 1 | – | 3 | -2, -67% |\n' +
        '| ✅ pass | `demo.RatchetBudget#tolerated` | 48 | – | 46 | +2 B, +4.3% | 1 | – | 1 | 0 |\n')
assert md.contains('**Stale baseline entries** (Java ' + java + ': no such method; `mvn allocbudget:baseline` removes them): `demo.RatchetBudget#retired`')
assert md.contains('To lock improvements in: `mvn allocbudget:baseline`, or `-Dallocbudget.ratchet=true` on the check, then commit `allocbudget-baseline.json`.')
true
