// Step 2, 'mvn verify -Dallocbudget.ratchet=true': tightens loose to what it measures now, and nothing else: the
// figure of tolerated stays 46 although it measures 48 (never raised), fresh is not added (new methods are for
// 'mvn allocbudget:baseline'), the stale entry and every reason stay.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def file = new File(basedir, 'allocbudget-baseline.json')
def committed = new File(basedir, 'baseline-committed.json').text
def java = Runtime.version().feature()

assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 3 passed \(1 improved, 1 new\), 0 over budget, 0 regressed, 0 errors\n/
assert log.contains(
        '[INFO] Improved on the baseline:\n' +
        '[INFO]   demo.RatchetBudget#loose: bytes/op is 16, below baseline 48 (-32 B, -67%); objects/op is 1, below baseline 3\n' +
        // the committed file is of format 1, from before sites were recorded
        "[INFO]     allocation sites changed since the baseline: not known (the baseline was recorded without sites; 'mvn allocbudget:baseline' records them)\n" +
        '[INFO] Not in the baseline yet (NEW, passing): demo.RatchetBudget#fresh. To record them: mvn allocbudget:baseline\n' +
        "[WARNING] Baseline entries with no such method (Java ${java}): demo.RatchetBudget#retired. 'mvn allocbudget:baseline' removes them.\n" +
        '[INFO] Ratchet: tightened demo.RatchetBudget#loose: 16 B/op, 1 obj/op (was 48 B/op, 3 obj/op)\n' +
        '[INFO] Ratchet: commit allocbudget-baseline.json to keep the gain.\n')
assert !log.contains('To lock the gain in') : 'the ratchet is locking it in'
assert log.contains('BUILD SUCCESS')

// only the tightened entry changed, which gained this run's sites (and the file its format: 2 has sites)
def loose = '"demo.RatchetBudget#loose": {"bytesPerOp": %s, "objectsPerOp": %s, "reason": "recorded before ids were boxed directly"'
assert committed.contains(String.format(loose, 48, 3) + '}')
def tightened = String.format(loose, 16, 1) + ', "sites": [\n' +
        '          {"bytesPerOp": 16, "objectsPerOp": 1, "type": "java.lang.Integer", "at": "demo.RatchetBudget.loose(RatchetBudget.java:12)", "in": "java.lang.Integer.valueOf(Integer.java:N)"}\n' +
        '        ]}'
assert file.text.replaceAll(/Integer\.java:\d+/, 'Integer.java:N') == committed
        .replace('"formatVersion": 1,', '"formatVersion": 2,')
        .replace(String.format(loose, 48, 3) + '}', tightened)
assert file.text.contains('"demo.RatchetBudget#tolerated": {"bytesPerOp": 46, "objectsPerOp": 1, ')
assert !file.text.contains('fresh')
new File(basedir, 'baseline-ratcheted.json').text = file.text
new File(basedir, 'baseline-ratcheted.mtime').text = file.lastModified() as String
true
