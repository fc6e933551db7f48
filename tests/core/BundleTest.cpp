#include "core/bundle/Bundle.h"
#include "BundleEdit.h"
#include "TestData.h"
#include "core/bundle/Signer.h"
#include "core/data/SampleData.h"
#include "core/io/ZipArchive.h"
#include "core/models/HyperParameter.h"
#include "core/models/ModelCatalog.h"
#include "core/train/TrainingSession.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// A bundle carries a model to run elsewhere: it scores exactly as the model did in the app, and
// every kind of damage or tampering is refused with its reason, naming the member.
class BundleTest : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Dataset> m_data =
        std::make_shared<const Dataset>(SampleData::generate(3000, 21));
    QByteArray m_bytes; // a sound lr bundle

    static Result<Bundle> trained(const std::shared_ptr<const Dataset> &data, const QString &id,
                                  std::optional<ModelReport> *keep = nullptr)
    {
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        spec.learners = {{id, {}}};
        FeatureConfig::Transform idRole;
        idRole.role = FeatureConfig::Role::Id;
        spec.features.setTransform(QStringLiteral("customer_id"), idRole);
        TrainingSession session(data, spec);
        if (auto prep = session.prepare(); !prep)
            return prep.error();
        auto report = session.train(spec.learners.first());
        if (!report)
            return report.error();
        if (keep)
            *keep = report.value();
        return Bundle::fromTraining(session, *report, DataFingerprint::ofDataset("sample", *data));
    }

    // The members of m_bytes, with edit applied and the manifest's checksums made to fit again.
    QByteArray rebuilt(const std::function<void(QList<ZipArchive::Member> &, QJsonObject &)> &edit,
                       bool fixSums = true)
    {
        return rebuiltBundle(m_bytes, edit, fixSums);
    }

private slots:
    void initTestCase()
    {
        auto b = trained(m_data, "lr");
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
        m_bytes = b->bytes();
        QVERIFY(!m_bytes.isEmpty());
    }

    void everyLearnerScoresAsInTheApp_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : ModelCatalog::ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyLearnerScoresAsInTheApp()
    {
        QFETCH(QString, id);
        std::optional<ModelReport> report;
        auto b = trained(m_data, id, &report);
        QVERIFY(b.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath("m.clb");
        QVERIFY(b->save(path).ok());
        auto opened = Bundle::open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened->learner(), id);
        auto inApp = report->scorer->score(*m_data);
        auto fromBundle = opened->scorer()->score(*m_data);
        QVERIFY(inApp.ok() && fromBundle.ok());
        for (size_t i = 0; i < inApp->probability.size(); ++i)
            QVERIFY(qAbs(inApp->probability[i] - fromBundle->probability[i]) <= 1e-12);
        QCOMPARE(inApp->label, fromBundle->label);
        // What the manifest and the card promise.
        const QJsonObject m = opened->manifest();
        QCOMPARE(m.value("target").toObject().value("positive").toString(), QStringLiteral("Yes"));
        QCOMPARE(m.value("id_column").toString(), QStringLiteral("customer_id"));
        QCOMPARE(m.value("model").toObject().value("params").toObject(),
                 report->run.model->params());
        QVERIFY(opened->modelCard().contains("## Metrics"));
        // Each setting by the label the app shows, with the name a --param uses.
        const QJsonObject params = report->run.model->params();
        for (auto it = params.begin(); it != params.end(); ++it) {
            const QString line = QStringLiteral("  - %1: %2 (`%3`)")
                                     .arg(HyperParameter::labelOf(it.key()),
                                          HyperParameter::valueText(it.value()), it.key());
            QVERIFY2(opened->modelCard().contains(line), qPrintable(line));
        }
        QVERIFY(opened->driftReference().numeric.size()
                    + opened->driftReference().categorical.size()
                > 5);
        QCOMPARE(opened->driftReference().scoreShares.size(), size_t(DriftReference::kScoreBins));
    }

    void damageIsRefusedNamingTheMember_data()
    {
        QTest::addColumn<QString>("member");
        for (const char *m : {"manifest.json", "schema.json", "pipeline.json", "model.json",
                              "metrics.json", "drift_reference.json", "MODEL_CARD.md"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }
    void damageIsRefusedNamingTheMember()
    {
        QFETCH(QString, member);
        // A changed byte inside the member (its checksum no longer matches the manifest's);
        // the manifest itself is covered by the archive's CRC below.
        if (member != QLatin1String("manifest.json")) {
            const QByteArray changed = rebuilt(
                [&](QList<ZipArchive::Member> &members, QJsonObject &) {
                    for (auto &m : members)
                        if (m.name == member)
                            m.data[m.data.size() / 2] = char(m.data[m.data.size() / 2] ^ 0x20);
                },
                false);
            auto refused = Bundle::read(changed);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(member), qPrintable(refused.error().message));
        }
        // A flipped byte in the archive itself, inside the member's compressed data (found
        // from its local header: sizes at 18, name and extra lengths at 26 and 28).
        QByteArray raw = m_bytes;
        const qsizetype name = raw.indexOf(member.toUtf8());
        QVERIFY(name >= 30);
        const qsizetype header = name - 30;
        QVERIFY(raw.mid(header, 4) == QByteArray("PK\x03\x04", 4));
        const auto le = [&](qsizetype at, int bytes) {
            qint64 v = 0;
            for (int i = bytes - 1; i >= 0; --i)
                v = (v << 8) | quint8(raw[at + i]);
            return v;
        };
        const qint64 compressed = le(header + 18, 4);
        const qsizetype data = header + 30 + le(header + 26, 2) + le(header + 28, 2);
        raw[data + compressed / 2] = char(raw[data + compressed / 2] ^ 0x55);
        auto broken = Bundle::read(raw);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains(member), qPrintable(broken.error().message));
    }

    void truncatedAndForeignArchivesAreRefused()
    {
        QVERIFY(!Bundle::read(m_bytes.left(m_bytes.size() / 2)).ok());
        QVERIFY(!Bundle::read("customer,churn\n1,Yes\n").ok());
        QVERIFY(!Bundle::read(QByteArray()).ok());
    }

    void unsafeAndUnknownMembersAreRefused()
    {
        for (const char *name : {"../x", "/etc/passwd", "extra.json"}) {
            const QByteArray bad = rebuilt([&](QList<ZipArchive::Member> &members, QJsonObject &) {
                members << ZipArchive::Member {QString::fromLatin1(name), "{}"};
            });
            auto refused = Bundle::read(bad);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QLatin1String(name)),
                     qPrintable(refused.error().message));
        }
    }

    void zipBombsAndOversizedMembersAreRefused()
    {
        const QByteArray bomb = rebuilt([](QList<ZipArchive::Member> &members, QJsonObject &) {
            for (auto &m : members)
                if (m.name == QLatin1String("model.bin"))
                    m.data = QByteArray(64 << 20, '\0');
        });
        auto refused = Bundle::read(bomb);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains("zip bomb"), qPrintable(refused.error().message));
        auto zip = ZipArchive::open(m_bytes);
        auto big = zip->read("model.json", 100);
        QVERIFY(!big.ok());
        QVERIFY(big.error().message.contains("too large"));
    }

    void newerFormatsAndInconsistentPartsAreRefused()
    {
        auto newer = Bundle::read(
            rebuilt([](QList<ZipArchive::Member> &, QJsonObject &m) { m.insert("version", 2); }));
        QCOMPARE(newer.error().kind, Error::Kind::NewerFormat);
        QVERIFY(newer.error().message.contains("newer ChurnLab"));
        // The pipeline of a model trained without one column: the parts no longer fit.
        auto other = trained(m_data, "nb");
        QVERIFY(other.ok());
        auto otherZip = ZipArchive::open(other->bytes());
        const QByteArray foreignModel = otherZip->read("model.json", 1 << 30).value();
        auto mixed = Bundle::read(rebuilt([&](QList<ZipArchive::Member> &members, QJsonObject &) {
            for (auto &m : members)
                if (m.name == QLatin1String("model.json"))
                    m.data = foreignModel;
        }));
        QVERIFY(mixed.ok() || mixed.error().message.contains("model"));
        auto schemaless =
            Bundle::read(rebuilt([&](QList<ZipArchive::Member> &members, QJsonObject &) {
                for (auto &m : members)
                    if (m.name == QLatin1String("schema.json")) {
                        QJsonObject s = QJsonDocument::fromJson(m.data).object();
                        QJsonArray columns = s.value("columns").toArray();
                        columns.removeAt(0);
                        s.insert("columns", columns);
                        m.data = QJsonDocument(s).toJson();
                    }
            }));
        QVERIFY(!schemaless.ok());
        QVERIFY2(schemaless.error().message.contains("schema.json"),
                 qPrintable(schemaless.error().message));
    }

    void signaturesAreCheckedAgainstTheTrustedKey()
    {
        const Signer::KeyPair keys = Signer::generate(), other = Signer::generate();
        auto b = Bundle::read(m_bytes);
        QVERIFY(b.ok());
        QVERIFY(!b->isSigned());
        const QByteArray signedBytes = b->bytes(keys.secretKey);
        auto ok = Bundle::read(signedBytes, keys.publicKey);
        QVERIFY(ok.ok());
        QCOMPARE(ok->signerKeyId(), Signer::keyId(keys.publicKey));
        auto unsignedRefused = Bundle::read(m_bytes, keys.publicKey);
        QVERIFY(!unsignedRefused.ok());
        QVERIFY(unsignedRefused.error().message.contains("not signed"));
        auto wrongKey = Bundle::read(signedBytes, other.publicKey);
        QVERIFY(!wrongKey.ok());
        QVERIFY(wrongKey.error().message.contains("manifest.sig"));
        QTemporaryDir dir;
        QVERIFY(Signer::writeKeyPair(keys, dir.filePath("k")).ok());
        QCOMPARE(Signer::readSecretKey(dir.filePath("k")).value(), keys.secretKey);
        QCOMPARE(Signer::readPublicKey(dir.filePath("k.pub")).value(), keys.publicKey);
        QVERIFY(!Signer::readPublicKey(dir.filePath("k")).ok()); // a secret key is not a public one
        QCOMPARE(QFile(dir.filePath("k")).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(BundleTest)
#include "BundleTest.moc"
