def log = new File(basedir, 'build.log').text
def reportFile = new File(basedir, 'target/allocbudget/report.json')

assert log =~ /\[INFO\] \[1\/3\] demo\.NoiseBudget#growing  n\/a  ERROR  \d+\.\d s/
assert log =~ /\[INFO\] \[2\/3\] demo\.NoiseBudget#noise  5\d\d(\.\d+)? B\/op \(mean\)  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[3\/3\] demo\.NoiseBudget#quiet  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 2 passed, 0 over budget, 1 error/
assert log.contains('[ERROR] Allocation could not be measured for 1 of 3 methods:\n' +
        '[ERROR]   demo.NoiseBudget#growing: bytes/op grows without bound: each window allocated more than the last (')
// an unlimited method still fails the build when it cannot be measured
assert log.contains('Allocation could not be measured for 1 of 3 methods (details above and in ')

def json = new groovy.json.JsonSlurper().parse(reportFile)
assert json.methods*.id == ['demo.NoiseBudget#growing', 'demo.NoiseBudget#noise', 'demo.NoiseBudget#quiet']
assert json.methods*.verdict == ['ERROR', 'PASS', 'PASS']
assert json.methods[0].bytesPerOp == null
assert json.methods[2].bytesPerOp == 0
// uniform lengths 0..1000 round up to 8 B with a 16 B header: about 519.5 B per call (16 + 500 + 3.5 of padding), no period
def noise = json.methods[1]
assert noise.amortized == true && noise.period == null
assert Math.abs(noise.bytesPerOp - 519.5) < 519.5 * 0.02 : noise.bytesPerOp
def message = json.methods[0].message
def matcher = message =~ /^demo\.NoiseBudget#growing: bytes\/op grows without bound: each window allocated more than the last \((\d+ B \/ \d+ calls(?:, \d+ B \/ \d+ calls)*)\)$/
assert matcher.matches() : message
def windows = matcher.group(1).split(', ').collect { w -> def p = w.split(' '); [bytes: p[0] as long, calls: p[3] as long] }
assert windows.size() >= 3
assert windows*.calls.unique().size() == 1 : "only windows of one size are compared: ${windows}"
(1..<windows.size()).each { i -> assert windows[i].bytes > windows[i - 1].bytes }
true
