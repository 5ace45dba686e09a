def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'router/src/main/java/dev/allocbudget/examples/router/RouteMatch.java').readLines()
def line = source.findIndexOf { it.contains('// allocbudget IT: allocates again') } + 1
assert line > 0

// the zero-copy "after" method is over its budget of 0 now, and the report names the new allocation's line
assert log =~ /\[ERROR\]   dev\.allocbudget\.examples\.RouterBudget#paramAsCharSequence: bytes\/op is \d+, but budget is 0\n/
def block = log.substring(log.indexOf('RouterBudget#paramAsCharSequence: bytes/op is'))
block = block.substring(0, block.indexOf('\n[ERROR]   dev.allocbudget.') > 0 ? block.indexOf('\n[ERROR]   dev.allocbudget.') : block.indexOf('Report: '))
assert block.contains('allocation sites (per call, steady state):')
assert block =~ /1 obj +\d+ B  dev\.allocbudget\.examples\.router\.RouteMatch[$]Param +at dev\.allocbudget\.examples\.router\.RouteMatch\.param\(RouteMatch\.java:${line}\)/
assert log.contains('BUILD FAILURE')
// the JUnit tests still pass: the change is correct code, only wasteful
assert log =~ /Tests run: \d+, Failures: 0, Errors: 0/
true
