// Step 3 recorded a baseline file of the changed code, for step 4.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'allocbudget-baseline.json'))
assert json.java.values().first().methods.keySet() as List == ['demo.CodecBudget#box', 'demo.CodecBudget#checksum',
        'demo.CodecBudget#encode', 'demo.CodecBudget#length']
true
