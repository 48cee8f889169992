// Checks what the four invocations of invoker.properties left behind.
def migrations = new File(basedir, 'src/main/java/com/example/notes/migrations')
def generated = migrations.listFiles().findAll {
    it.name.endsWith('.java') && !(it.name in ['V1_CreateNotes.java', 'package-info.java'])
}
assert generated.size() == 1 : "strata:migrate writes one revision into src/main/java: ${migrations.list()}"
def revision = generated[0].text
assert revision.contains('"pinned"') : revision
assert generated[0].name.endsWith('_AddPinned.java') && revision.contains('0c1e5a7e0001') : revision

def log = new File(basedir, 'build.log').text
assert log.contains('status: UP_TO_DATE') : 'strata:status reports the database at the head'
assert new File(basedir, 'notes.db').isFile() : 'strata:upgrade migrated the builder\'s sqlite:///notes.db'
assert log.contains('Running upgrade 0c1e5a7e0001 -> ') && log.contains(', add pinned ... ')
assert log.contains('from-env.db (from DATABASE_URL)') && new File(basedir, 'from-env.db').isFile()

// The runnable jar of the documented recipe: its db commands and the application itself.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def run = { List<String> args ->
    def process = new ProcessBuilder([java, '-jar', 'target/notes.jar'] + args).directory(basedir)
            .redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "java -jar notes.jar ${args}: ${output}"
    output
}
assert run(['db', 'current']).contains(revision.find(/id = "(\w+)"/) { it[1] })
assert run([]).contains('note 1: hello')
return true
