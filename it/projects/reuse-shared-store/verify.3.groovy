// Step 3, one stored entry cut in half and a temporary file beside the other: the half file is removed with one line
// saying so, and its module measures again; the other module reuses its whole entry. Every figure is right.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:'))
def report = { m -> new groovy.json.JsonSlurper().parse(new File(basedir, "${m}/target/allocbudget/report.json")) }

// each module's check that came upon the broken file says so once: one line, or two when both read it at once
def warnings = log.readLines().findAll { it.startsWith('[WARNING] allocbudget') }
assert warnings.size() in [1, 2] : warnings
assert warnings.every { it =~ /\[WARNING\] allocbudget: 1 stored result in \S+shared-store could not be read \(half-written, corrupt, or of another format\) and was removed, e\.g\. \S+\.json; what it held was measured again/ }
assert log.contains('BUILD SUCCESS')
def alpha = report('alpha').methods[0]
def beta = report('beta').methods[0]
assert [alpha.bytesPerOp, beta.bytesPerOp] == [32, 80]
assert [alpha.reused, beta.reused].sort() == [false, true] : 'one entry was cut, the other whole'
// the measured one is stored again: the store holds two whole entries and the temporary file, untouched (a live
// build may still be writing it; the store removes temporary files an hour old)
def entries = new File(basedir, 'shared-store').listFiles().find { it.name != 'discovery' }
assert entries.listFiles().findAll { it.name.endsWith('.json') }.size() == 2
assert entries.listFiles().findAll { it.name.endsWith('.tmp') }.size() == 1
true
