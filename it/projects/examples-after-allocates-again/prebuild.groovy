// Copies the real example (examples/pom.xml and examples/router) into this project, then edits one line of it:
// RouteMatch.param hands out a new view (as live as the one it holds) instead of the one it holds, so
// RouterBudget#paramAsCharSequence
// (the zero-copy "after", budget 0) allocates again.
def repo = new File(basedir, '../../../..').canonicalFile
def examples = new File(repo, 'examples')
assert new File(examples, 'router/pom.xml').isFile() : "no examples under ${examples}"
def copy = { java.nio.file.Path from, java.nio.file.Path to ->
    java.nio.file.Files.walk(from).withCloseable { paths ->
        paths.filter { !from.relativize(it).toString().split('/').contains('target') }.each { p ->
            def target = to.resolve(from.relativize(p).toString())
            if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(target)
            else java.nio.file.Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
java.nio.file.Files.copy(examples.toPath().resolve('pom.xml'), basedir.toPath().resolve('pom.xml'),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING)
copy(examples.toPath().resolve('router'), basedir.toPath().resolve('router'))
// only the router module
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replaceAll(/(?s)<modules>.*?<\/modules>/, '<modules>\n    <module>router</module>\n  </modules>')
def source = new File(basedir, 'router/src/main/java/dev/allocbudget/examples/router/RouteMatch.java')
def original = '        return views[slot(name)];'
assert source.text.count(original) == 1 : 'the line this IT edits has changed; update the IT'
source.text = source.text.replace(original, '        return new Param(slot(name)); // allocbudget IT: allocates again')
true
