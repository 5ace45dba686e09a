// Step 1, both compile orders, the larger deciding (the default).
def whole = new File(basedir, 'build.log').text
def log = whole.substring(0, whole.indexOf('Finished post-build script:') < 0 ? whole.length() : whole.indexOf('Finished post-build script:'))
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def m = json.methods.collectEntries { [(it.id - 'it.demo.OrderBudget#'): it] }

// two compilations: 88 B/op with the callees compiled first, 64 with the method compiled first; 88 decides
def s = m.viaString
assert s.verdict == 'FAIL' && s.bytesPerOp == 88 : s
assert s.compileOrders == [
        [order: 'calleesFirst', bytesPerOp: 88, decided: true, problem: null],
        [order: 'methodFirst', bytesPerOp: 64, decided: false, problem: null]] : s.compileOrders
assert log =~ /\[INFO\] \[\d\/2\] it\.demo\.OrderBudget#viaString  88 B\/op  [\d.]+ obj\/op  FAIL  \d+\.\d s  \(also 64 B\/op with the method compiled first\)\n/
assert s.message.contains('bytes/op is 88, but budget is 72; two compilations: 88 B/op with the callees'
        + ' compiled first, 64 B/op with the method compiled first; the larger decides') : s.message
def html = new File(basedir, 'target/allocbudget/report.html').text
assert html.contains('two compilations: 88 B/op with the callees compiled first, 64 B/op with the method compiled first')

// one compilation that allocates nothing: 0 in both orders, and nothing more to say
def a = m.add
assert a.verdict == 'PASS' && a.bytesPerOp == 0 : a
assert a.compileOrders == [
        [order: 'calleesFirst', bytesPerOp: 0, decided: true, problem: null],
        [order: 'methodFirst', bytesPerOp: 0, decided: false, problem: null]] : a.compileOrders
assert log =~ /\[INFO\] \[\d\/2\] it\.demo\.OrderBudget#add  0 B\/op  PASS  \d+\.\d s\n/
true
