// Step 1 compiled the code as it was (v1): it becomes the reference of the next steps, as a CI job would build the
// target branch into a directory.
def classes = new File(basedir, 'target/classes')
def reference = new File(basedir, 'reference-v1')
assert new File(classes, 'demo/Codec.class').isFile()
def from = classes.toPath()
java.nio.file.Files.walk(from).each { p ->
    java.nio.file.Files.copy(p, reference.toPath().resolve(from.relativize(p).toString()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING)
}
true
