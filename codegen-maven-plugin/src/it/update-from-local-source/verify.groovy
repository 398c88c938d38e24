import java.security.MessageDigest

def sha256 = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def registry = new File(basedir, 'registry-data/src/main/resources/io/github/smtpstatus/registry')
def pristine = new File(basedir, '../../../src/it/update-from-local-source/registry-data/src/main/resources/io/github/smtpstatus/registry')
def source = new File(basedir, '../../../../registry-data/src/main/resources/io/github/smtpstatus/registry')
assert pristine.isDirectory() && source.isDirectory()
def log = new File(basedir, 'build.log').text

// Build 1: the report, in the log and in target/smtp-status/registry-diff.md.
def report = new File(basedir, 'target/smtp-status/registry-diff.md')
assert report.isFile()
['| Enumerated Status Codes | 3 | 0 | 4 | 1 | differs |',
 '- X.7.30 "REQUIRETLS support required"',
 '  - Sample Text: "Mail bomb detected" -> "Mail flood detected"',
 '  - Description: whitespace only',
 '- X.7.30=REQUIRETLS_SUPPORT_REQUIRED'].each { line ->
    assert report.text.contains(line + '\n') : "report lacks: $line"
    assert log.contains('[INFO] ' + line) : "log lacks: $line"
}
assert log.contains('smtp-status: updated 4 files: smtp-enhanced-status-codes-2.csv, smtp-enhanced-status-codes-3.csv, names.properties, registry.properties.')

// The tables are the source's; names.properties is the old file plus the appended names.
(1..3).each { n ->
    def name = "smtp-enhanced-status-codes-${n}.csv"
    assert sha256(new File(registry, name)) == sha256(new File(source, name)) : "$name not updated"
}
def names = new File(registry, 'names.properties').text
def today = java.time.LocalDate.now().toString()
// The old file ends with a blank line, so the dated block follows it directly.
assert names == new File(pristine, 'names.properties').text + "# added by smtp-status:update on ${today}\n" +
        'X.1.10=RECIPIENT_ADDRESS_HAS_NULL_MX\nX.7.29=ARC_VALIDATION_FAILURE\nX.7.30=REQUIRETLS_SUPPORT_REQUIRED\n'
def provenance = new File(registry, 'registry.properties').text
assert provenance.contains("enumerated.retrieved=${today}\n")
assert provenance.contains("enumerated.sha256=${sha256(new File(source, 'smtp-enhanced-status-codes-3.csv'))}\n")
assert provenance.contains('class.note=constructed for the update integration test')
assert !provenance.contains('enumerated.note=')

// Build 2: the consumer compiled against the regenerated enums: the new constant, the old pinned name.
assert log.contains('smtp-status: generated 3 classes, 8 subjects, 81 codes into')
def generated = new File(basedir, 'target/generated-sources/smtp-status/it/smtpstatus/codes/EnhancedStatusCode.java').text
assert generated =~ /(?m)^    REQUIRETLS_SUPPORT_REQUIRED[,;]$/
assert generated =~ /(?m)^    MAIL_BOMB_DETECTED[,;]$/
assert !generated.contains('MAIL_FLOOD_DETECTED')
assert new File(basedir, 'target/classes/example/RequireTlsCheck.class').isFile()
def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
def check = loader.loadClass('example.RequireTlsCheck')
assert check.getMethod('requireTls').invoke(null) == 'REQUIRETLS support required'
assert check.getMethod('mailFlood').invoke(null) == 'Mail flood detected'
return true
