// Before step 1: a baseline with the right figures under the running JDK's feature version, and figures under
// "99" that would fail the build if the check read them (boxed 8 B and 0 objects, array 24 B: both would regress).
def java = Runtime.version().feature() as String
// no "environment" in this section (it is optional): the check has nothing to compare the running JVM with
def mine = "    \"${java}\": {\n" +
        '      "methods": {\n' +
        '        "demo.PerJdkBudget#array": {"bytesPerOp": 48, "objectsPerOp": 1},\n' +
        '        "demo.PerJdkBudget#boxed": {"bytesPerOp": 16, "objectsPerOp": 1}\n' +
        '      }\n' +
        '    }'
def other = new File(basedir, 'java-99-section.txt').text.trim().replaceFirst(/^/, '    ')
// sections in the order the plugin writes them: by feature version, numerically
def sections = (java as int) < 99 ? [mine, other] : [other, mine]
new File(basedir, 'allocbudget-baseline.json').text =
        '{\n  "formatVersion": 1,\n  "java": {\n' + sections.join(',\n') + '\n  }\n}\n'
true
