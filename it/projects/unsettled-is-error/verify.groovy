def log = new File(basedir, 'build.log').text
def reportFile = new File(basedir, 'target/allocbudget/report.json')

assert log =~ /\[INFO\] \[1\/2\] demo\.NoiseBudget#noise  n\/a  ERROR  \d+\.\d s/
assert log =~ /\[INFO\] \[2\/2\] demo\.NoiseBudget#quiet  0 B\/op  PASS  \d+\.\d s/ // a steady method settles within 1 s
assert log =~ /\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 1 passed, 0 over budget, 1 error/
assert log.contains('[ERROR] Allocation could not be measured for 1 of 2 methods:\n' +
        '[ERROR]   demo.NoiseBudget#noise: bytes/op did not settle within 1000 ms (')
// an unlimited method still fails the build when it cannot be measured
assert log.contains('Allocation could not be measured for 1 of 2 methods (details above and in ')

def json = new groovy.json.JsonSlurper().parse(reportFile)
assert json.methods*.id == ['demo.NoiseBudget#noise', 'demo.NoiseBudget#quiet']
assert json.methods*.verdict == ['ERROR', 'PASS']
assert json.methods*.bytesPerOp == [null, 0]
assert json.methods*.budget*.bytes == [null, 0]
def message = json.methods[0].message
def matcher = message =~ /^demo\.NoiseBudget#noise: bytes\/op did not settle within 1000 ms \((\d+) calls\); last windows: (\d+ B \/ \d+ calls(?:, \d+ B \/ \d+ calls)*)$/
assert matcher.matches() : message
def windows = matcher.group(2).split(', ').collect { w -> def p = w.split(' '); [bytes: p[0] as long, calls: p[3] as long] }
assert windows.size() in 1..3
assert windows*.calls.unique().size() == 1 : "only windows of one size are compared: ${windows}"
// each window allocated 16 B of array header plus 0..1000 B per call
windows.each { w -> assert w.bytes >= 16 * w.calls && w.bytes <= 1016 * w.calls + 8 * w.calls }
if (windows.size() > 1) {
    assert windows*.bytes.unique().size() > 1 : "equal windows would have settled: ${windows}"
}
assert (matcher.group(1) as long) >= windows*.calls.sum()
true
