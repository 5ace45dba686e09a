// Step 3, nothing changed: every figure reused again, exactly as in step 2.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:'))
def dir = new File(basedir, 'target/allocbudget')

assert log.contains('[INFO] allocbudget: 3 of 3 methods unchanged since an earlier build')
assert new File(dir, 'forks').list().findAll { it.endsWith('.events') } == []
def slurper = new groovy.json.JsonSlurper()
def now = slurper.parse(new File(dir, 'report.json')).methods
def before = slurper.parse(new File(basedir, 'report-step-2.json')).methods
def figures = { m -> [m.id, m.bytesPerOp, m.objectsPerOp, m.callerBytesPerOp, m.amortized, m.verdict, m.sites] }
assert now.collect(figures) == before.collect(figures)
true
