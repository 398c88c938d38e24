// The consumer compiled against the generated enums, which hold the 81 bundled codes.
def generated = new File(basedir, 'target/generated-sources/smtp-status/io/github/smtpstatus')
['StatusClass', 'StatusSubject', 'EnhancedStatusCode', 'AssociatedReplyCodes', 'RegistryReference',
 'StatusCodeRegistry'].each { name ->
    assert new File(generated, name + '.java').isFile() : "missing generated $name.java"
}
assert new File(basedir, 'target/classes/example/BounceClassifier.class').isFile()

def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
def codes = loader.loadClass('io.github.smtpstatus.EnhancedStatusCode')
assert codes.enumConstants.length == 81
def classifier = loader.loadClass('example.BounceClassifier')
assert classifier.getMethod('describe', int, int).invoke(null, 1, 1) == '5.1.1 Bad destination mailbox address'
assert classifier.getMethod('describe', int, int).invoke(null, 7, 606) == 'unregistered'
assert classifier.getMethod('mailboxFullAllows552').invoke(null) == true

def log = new File(basedir, 'build.log').text
assert log.contains('smtp-status: generated 3 classes, 8 subjects, 81 codes into')
assert log.contains('6 files written, 0 unchanged, 0 stale deleted')
// IANA's two junk "Associated basic status code" values are warned about, with file and line; nothing else.
def warnings = log.readLines().findAll { it.startsWith('[WARNING]') && it.contains('.csv') }
assert warnings == [
    '[WARNING] smtp-enhanced-status-codes-3.csv:178: column "Associated basic status code": "" is empty; treated as "Not given"',
    '[WARNING] smtp-enhanced-status-codes-3.csv:306: column "Associated basic status code": "." names no reply code; treated as "Not given"',
] : warnings
return true
