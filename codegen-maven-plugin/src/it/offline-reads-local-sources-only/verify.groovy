import java.security.MessageDigest

def sha256 = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def log = new File(basedir, 'build.log').text
def registry = new File(basedir, 'registry')
def pristine = new File(basedir, '../../../src/it/update-from-local-source/registry-data/src/main/resources/io/github/smtpstatus/registry')
def source = new File(basedir, '../../../../registry-data/src/main/resources/io/github/smtpstatus/registry')

// 1 and 2: refused, naming the parameter and its URL, and what to do instead.
assert log.contains('smtp-status: Maven is offline (-o), so update downloads nothing, and source is the URL'
        + ' https://www.iana.org/assignments/smtp-enhanced-status-codes/; no network access was attempted and no file'
        + ' was changed. Run again without -o, or update from a local copy: -Dsmtp-status.source=<folder or file: URL'
        + ' holding the three tables>')
assert log.contains('smtp-status: Maven is offline (-o), so diff downloads nothing, and after is the URL'
        + ' https://www.iana.org/assignments/smtp-enhanced-status-codes/; no network access was attempted and no file'
        + ' was changed. Run again without -o, or compare local copies: set -Dsmtp-status.before and'
        + ' -Dsmtp-status.after to folders, .csv files or file: URLs')

// 3: the local diff ran offline.
assert log.contains('[INFO] | Enumerated Status Codes | 3 | 0 | 4 | 1 | differs |')

// 4: the update from a local folder ran offline; before it, the refused runs had changed nothing.
assert log.contains('smtp-status: updated 4 files: smtp-enhanced-status-codes-2.csv, smtp-enhanced-status-codes-3.csv,'
        + ' names.properties, registry.properties.')
(1..3).each { n ->
    def name = "smtp-enhanced-status-codes-${n}.csv"
    assert sha256(new File(registry, name)) == sha256(new File(source, name)) : "$name not updated"
}
assert new File(registry, 'names.properties').text.startsWith(new File(pristine, 'names.properties').text)
assert !new File(basedir, '.registry.smtp-status-update').exists()
return true
