#include "core/serving/HttpRequestParser.h"

#include <QtTest>

using namespace churnlab;

// The server's HTTP/1.1 reader: requests as clients send them (in pieces, pipelined, chunked),
// and every ambiguity a proxy and this server could read differently refused with its status.
class HttpRequestParserTest : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        HttpRequestParser::State state;
        int status = 0;
        QString message;
        QList<HttpRequest> requests;
    };

    static Outcome parse(QByteArray bytes, qsizetype piece = 0,
                         HttpRequestParser::Limits limits = {})
    {
        HttpRequestParser parser(limits);
        Outcome out {HttpRequestParser::State::NeedMore, 0, {}, {}};
        QByteArray buffer;
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype n = piece > 0 ? std::min(piece, bytes.size() - at) : bytes.size();
            buffer += bytes.mid(at, n);
            at += n;
            for (;;) {
                out.state = parser.feed(buffer);
                if (out.state == HttpRequestParser::State::Complete) {
                    out.requests << parser.take();
                    continue;
                }
                break;
            }
            if (out.state == HttpRequestParser::State::Failed) {
                out.status = parser.errorStatus();
                out.message = parser.errorMessage();
                return out;
            }
        }
        return out;
    }

private slots:
    void readsRequestsInAnyPieces_data()
    {
        QTest::addColumn<int>("piece");
        for (const int p : {0, 1, 2, 7, 64})
            QTest::newRow(qPrintable(QString::number(p))) << p;
    }
    void readsRequestsInAnyPieces()
    {
        QFETCH(int, piece);
        const QByteArray two =
            "POST /invocations?explain=true HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
            "Content-Length: 4\r\n\r\na\n1\n\r\n" // a stray CRLF between requests is skipped
            "GET /v2/health/ready HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        const Outcome o = parse(two, piece);
        QCOMPARE(o.requests.size(), 2);
        QCOMPARE(o.requests[0].method, QByteArray("POST"));
        QCOMPARE(o.requests[0].path, QStringLiteral("/invocations"));
        QCOMPARE(o.requests[0].query, QStringLiteral("explain=true"));
        QCOMPARE(o.requests[0].body, QByteArray("a\n1\n"));
        QCOMPARE(o.requests[0].headers.value("content-type"), QByteArray("text/csv"));
        QCOMPARE(o.requests[1].path, QStringLiteral("/v2/health/ready"));
    }

    void readsChunkedBodies()
    {
        const Outcome o = parse("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\nTrailer: y\r\n\r\n",
                                3);
        QCOMPARE(o.requests.size(), 1);
        QCOMPARE(o.requests[0].body, QByteArray("Wikipedia"));
    }

    void keepAliveFollowsTheVersion()
    {
        HttpRequestParser p;
        QByteArray b = "GET / HTTP/1.0\r\n\r\n";
        QCOMPARE(p.feed(b), HttpRequestParser::State::Complete);
        QVERIFY(!p.keepAlive());
        p.take();
        b = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
        QCOMPARE(p.feed(b), HttpRequestParser::State::Complete);
        QVERIFY(p.keepAlive());
    }

    void expectContinueIsOffered()
    {
        HttpRequestParser p;
        QByteArray b =
            "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n";
        QCOMPARE(p.feed(b), HttpRequestParser::State::NeedMore);
        QVERIFY(p.wantsContinue());
        p.continueSent();
        b = "abc";
        QCOMPARE(p.feed(b), HttpRequestParser::State::Complete);
        QCOMPARE(p.take().body, QByteArray("abc"));
    }

    // F7 and its family: framing a proxy could read otherwise is refused (RFC 9112 §6.3).
    void ambiguousRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray start = "POST /invocations HTTP/1.1\r\nHost: x\r\n";
        QTest::newRow("two different lengths")
            << start + "Content-Length: 3\r\nContent-Length: 30\r\n\r\nabc" << 400;
        QTest::newRow("a length list that disagrees")
            << start + "Content-Length: 3, 4\r\n\r\nabc" << 400;
        QTest::newRow("length and chunked") << start
                + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                                            << 400;
        QTest::newRow("an unknown coding") << start + "Transfer-Encoding: gzip, chunked\r\n\r\n"
                                           << 501;
        QTest::newRow("a negative length") << start + "Content-Length: -1\r\n\r\n" << 400;
        QTest::newRow("a length with a sign") << start + "Content-Length: +3\r\n\r\nabc" << 400;
        QTest::newRow("a folded header") << start + "X-A: 1\r\n  continued\r\n\r\n" << 400;
        QTest::newRow("space before the colon") << start + "Content-Length : 3\r\n\r\nabc" << 400;
        QTest::newRow("a bare line feed") << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n") << 400;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("a control character")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: a\x01z\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
        QTest::newRow("not HTTP") << QByteArray("hello there\r\n\r\n") << 400;
        QTest::newRow("a relative target")
            << QByteArray("GET x HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("a body over the limit") << start + "Content-Length: 999999999\r\n\r\n"
                                               << 413;
        QTest::newRow("a chunked body over the limit")
            << start + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFF\r\n"
            << 413;
        QTest::newRow("a bad chunk size") << start + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"
                                          << 400;
        QTest::newRow("a chunk longer than said")
            << start + "Transfer-Encoding: chunked\r\n\r\n1\r\nabc\r\n"
            << 400;
        QTest::newRow("an unknown expectation") << start + "Expect: magic\r\n\r\n" << 417;
        QTest::newRow("a huge head")
            << "GET / HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(70000, 'a') << 431;
        QByteArray many = "GET / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 200; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("too many headers") << many + "\r\n" << 431;
    }
    void ambiguousRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        HttpRequestParser::Limits limits;
        limits.maxBody = 1 << 20;
        const Outcome o = parse(request, 0, limits);
        QCOMPARE(o.state, HttpRequestParser::State::Failed);
        QCOMPARE(o.status, status);
        QVERIFY(!o.message.isEmpty());
        QVERIFY(o.requests.isEmpty());
    }

    // Found by fuzz_http_request: a head whose terminator began within the limit was refused
    // when its last bytes came in a later piece. Limits must not depend on how bytes are cut.
    void limitsDoNotDependOnThePieces()
    {
        HttpRequestParser::Limits limits;
        limits.maxHead = 64;
        for (int extra = -4; extra <= 4; ++extra) {
            QByteArray head = "GET / HTTP/1.1\r\nHost: x\r\nX: ";
            head += QByteArray(64 - head.size() + extra, 'a');
            const QByteArray request = head + "\r\n\r\n";
            const Outcome whole = parse(request, 0, limits);
            for (const int piece : {1, 2, 3, 5}) {
                const Outcome cut = parse(request, piece, limits);
                QCOMPARE(cut.status, whole.status);
                QCOMPARE(cut.requests.size(), whole.requests.size());
            }
            QCOMPARE(whole.status, extra > 0 ? 431 : 0);
        }
        const QByteArray longChunk =
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1;"
            + QByteArray(1100, 'e') + "\r\nx\r\n0\r\n\r\n";
        QCOMPARE(parse(longChunk).status, 400);
        QCOMPARE(parse(longChunk, 7).status, 400);
    }

    void equalRepeatedLengthsAreOneLength()
    {
        const Outcome o = parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                                "Content-Length: 3\r\n\r\nabc");
        QCOMPARE(o.requests.size(), 1);
        QCOMPARE(o.requests[0].body, QByteArray("abc"));
    }
};

QTEST_GUILESS_MAIN(HttpRequestParserTest)
#include "HttpRequestParserTest.moc"
