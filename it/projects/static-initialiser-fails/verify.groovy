def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [1/1] demo.ConfigBudget#limit  n/a  ERROR')
assert log.contains('[ERROR]   demo.ConfigBudget#limit: the static initialiser of demo.ConfigBudget threw'
        + ' java.lang.NumberFormatException: For input string: "unset"')
assert log.contains('BUILD FAILURE')
true
