// Step 4: compiled first, as the message of step 3 says, the check measures
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log

assert log.contains('maven-compiler-plugin')
assert log =~ /\[1\/1\] demo\.IdsBudget#unboxed  0 B\/op  PASS/
assert log.contains('BUILD SUCCESS')
true
