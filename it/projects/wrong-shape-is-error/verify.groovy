def log = new File(basedir, 'build.log').text
def reportFile = new File(basedir, 'target/allocbudget/report.json')
def htmlReport = new File(basedir, 'target/allocbudget/report.html') // where the console points

def problems = [
        'demo.HiddenBudget#hidden'                : 'class demo.HiddenBudget is not public; the class of a budget method (and every class enclosing it) must be public',
        'demo.NoDefaultConstructorBudget#next'    : 'class demo.NoDefaultConstructorBudget has no public no-argument constructor; the check creates one instance per method',
        'demo.ShapeBudget#negativeBudget'         : 'bytes = -5 is not a valid budget; use 0 or more, or -1 for no limit',
        'demo.ShapeBudget#packagePrivate'         : 'method is not public; budget methods must be public',
        'demo.ShapeBudget#staticMethod'           : 'method is static; budget methods are instance methods (the fields of their class are the state)',
        'demo.ShapeBudget#withParameter'          : 'method takes 1 parameter(s); budget methods take none',
        'demo.ShapeBudget$Inner#inner'            : 'class demo.ShapeBudget$Inner is an inner (non-static) class; make it a static nested class',
]
def ids = (problems.keySet() + ['demo.ShapeBudget#valid']).sort()
assert ids.indexOf('demo.ShapeBudget#valid') == 5

// every method gets a progress line; a wrong shape is decided without a fork
ids.eachWithIndex { id, i ->
    def line = id == 'demo.ShapeBudget#valid' ? '0 B/op  PASS  \\d+\\.\\d s' : 'n/a  ERROR  0\\.0 s'
    assert log =~ /\[INFO\] \[${i + 1}\/8\] ${java.util.regex.Pattern.quote(id)}  ${line}/
}
assert log =~ /\[INFO\] allocbudget: 8 methods checked in \d+\.\d s: 1 passed, 0 over budget, 7 errors/
def block = (['[ERROR] Allocation could not be measured for 7 of 8 methods:']
        + problems.collect { id, problem -> "[ERROR]   ${id}: ${problem}".toString() }
        + ["[ERROR] Report: ${htmlReport.canonicalPath}".toString()]).join('\n')
assert log.contains(block)
assert !log.contains('Allocation budget exceeded')
assert !log.contains('-Dallocbudget.failOnViolation=false') : 'failOnViolation cannot help with errors'
assert log.contains("Failed to execute goal dev.allocbudget:allocbudget-maven-plugin:")
assert log.contains("Allocation could not be measured for 7 of 8 methods (details above and in ${htmlReport.canonicalPath})")
assert log.contains('org.apache.maven.plugin.MojoExecutionException: Allocation could not be measured for 7 of 8 methods')

def json = new groovy.json.JsonSlurper().parse(reportFile)
assert json.methods*.id == ids
json.methods.each { m ->
    if (m.id == 'demo.ShapeBudget#valid') {
        assert m.bytesPerOp == 0
        assert m.budget.bytes == 0
        assert m.verdict == 'PASS'
        assert m.message == null
    } else {
        assert m.bytesPerOp == null : "${m.id} was not measured, so its figure is unknown, not 0"
        assert m.budget.bytes == (m.id == 'demo.ShapeBudget#negativeBudget' ? -5 : 0)
        assert m.verdict == 'ERROR'
        assert m.message == "${m.id}: ${problems[m.id]}".toString()
    }
}
// only the valid method was run
def forks = new File(basedir, 'target/allocbudget/forks').list().findAll { it.endsWith('.events') }.sort()
assert forks == ['fork-001-discover.events', 'fork-002-measure.events']
true
