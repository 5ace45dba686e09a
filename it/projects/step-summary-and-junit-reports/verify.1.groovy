def summary = new File(basedir, 'job-summary.md')
assert summary.isFile()
assert summary.text.contains('demo.BoxBudget')
assert new File(basedir, 'target/allocbudget/TEST-allocbudget.xml').isFile()
new File(basedir, 'summary-after-step-1.txt').text = summary.text
true
