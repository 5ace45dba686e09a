// Before step 3, as a developer would after committing the baseline of step 2:
// document one figure with a "reason" (rewrites must keep it) ...
def file = new File(basedir, 'allocbudget-baseline.json')
def entry = '"demo.CodecBudget#decode": {"bytesPerOp": 16, "objectsPerOp": 1'
assert file.text.contains(entry + ', "sites": [')
file.text = file.text.replace(entry, entry + ', "reason": "ids above 127 are boxed: one Integer per call"')
new File(basedir, 'baseline-committed.json').text = file.text // to show that the failing check leaves it alone
// ... and give the job summary an earlier step's output, which the checks of steps 3 and 5 append to
new File(basedir, 'step-summary.md').text = '## Unit tests\n\nAll passed.\n'
true
