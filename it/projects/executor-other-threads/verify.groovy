// bytes allocated on another thread during the calls count, and the failure says where most of them went
def log = new File(basedir, 'build.log').text
assert log =~ /demo\.ExecutorBudget#submitAndWait: bytes\/op is \d+(\.\d+)?, but budget is 200 .*most of it, \d+(\.\d+)? of \d+(\.\d+)? B\/op, was allocated on other threads/
assert log.contains('BUILD FAILURE')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def m = json.methods[0]
assert m.id == 'demo.ExecutorBudget#submitAndWait'
assert m.verdict == 'FAIL'
// the worker's byte[256] (272 B) at least, on top of the caller's FutureTask and queue node
assert m.otherThreadsBytesPerOp >= 272
assert m.callerBytesPerOp > 0 && m.callerBytesPerOp < m.otherThreadsBytesPerOp
assert Math.abs(m.bytesPerOp - (m.callerBytesPerOp + m.otherThreadsBytesPerOp)) < 0.002
// the sites name the worker thread
def worker = m.sites.find { it.thread == 'demo-worker' && it.type == 'byte[]' }
assert worker != null : m.sites
assert worker.bytesPerOp == 272
assert worker.frames[0].startsWith('demo.ExecutorBudget.lambda$submitAndWait$')
