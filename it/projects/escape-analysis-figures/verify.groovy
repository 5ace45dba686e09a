def log = new File(basedir, 'build.log').text

// budget equal to the figure everywhere, so the build passes; the figures themselves are checked in the report
def expected = [
        'demo.FiguresBudget#boxedLarge'     : 16, // Integer.valueOf(100000): a new Integer
        'demo.FiguresBudget#boxedSmall'     : 0,  // Integer.valueOf(100): from the Integer cache
        'demo.FiguresBudget#concat'         : 48, // String 24 B + byte[6] 24 B; the StringBuilder is removed
        'demo.FiguresBudget#empty'          : 0,
        'demo.FiguresBudget#forEach'        : 0,  // the ArrayList iterator does not escape
        'demo.FiguresBudget#localArray'     : 0,  // new byte[64] that never escapes is scalar-replaced
        'demo.FiguresBudget#longToString'   : 56, // String 24 B + byte[13] 32 B
        'demo.FiguresBudget#primitiveDouble': 0,  // primitive results must not be charged for boxing
        'demo.FiguresBudget#primitiveInt'   : 0,
        'demo.FiguresBudget#primitiveLong'  : 0,
        'demo.FiguresBudget#varargs'        : 0,  // the int[] of a varargs call that does not escape
]

assert log.contains("Measuring allocation of 11 methods on Java ${System.getProperty('java.version')} (")
expected.eachWithIndex { id, bytes, i ->
    assert log =~ /\[${i + 1}\/11\] ${java.util.regex.Pattern.quote(id)}  ${bytes} B\/op  PASS  \d+\.\d s/
}
assert log =~ /allocbudget: 11 methods checked in \d+\.\d s: 11 passed, 0 over budget, 0 errors/
assert !log.contains('Allocation budget exceeded')
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert json.environment.javaVersion == System.getProperty('java.version')
assert json.methods*.id == expected.keySet() as List
json.methods.each { m ->
    assert m.bytesPerOp == expected[m.id] : "${m.id}: measured ${m.bytesPerOp} B/op, expected ${expected[m.id]}"
    assert m.budget.bytes == expected[m.id]
    assert m.verdict == 'PASS'
    assert m.message == null
}
true
