#include "sandboxdelivery.h"

#include "sandboxconnections.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <limits>
#include <memory>

namespace apipay::sandbox {

namespace {

void answerDone(QTcpSocket* socket)
{
    if (SandboxConnection* connection = SandboxConnection::of(socket)) {
        connection->answerDone();
    }
}

QByteArray chunked(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

bool connected(const QPointer<QTcpSocket>& socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace

void SandboxDelivery::send(QTcpSocket* socket, const SandboxResponse& response, std::function<void()> onCutOff)
{
    if (response.drop) {
        // Close without answering. Deferred: the HTTP server still uses the socket while its handler runs.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, socket, [guard] {
            if (guard) {
                guard->abort();
            }
        });
        return;
    }
    switch (response.delivery) {
    case SandboxResponse::Delivery::Whole:
        sendWhole(socket, response);
        return;
    case SandboxResponse::Delivery::Stall:
        return; // busy for ever: the idle clock never closes it
    case SandboxResponse::Delivery::ResetMidBody:
        resetMidBody(socket, response);
        return;
    case SandboxResponse::Delivery::Trickle:
        trickle(socket, response);
        return;
    case SandboxResponse::Delivery::Endless:
        endless(socket, response, std::move(onCutOff));
        return;
    }
}

void SandboxDelivery::sendWhole(QTcpSocket* socket, const SandboxResponse& response)
{
    if (response.delayMs <= 0) {
        socket->write(response.toWire());
        answerDone(socket);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.delayMs, socket, [guard, wire = response.toWire()] {
        if (connected(guard)) {
            guard->write(wire);
            answerDone(guard);
        }
    });
}

void SandboxDelivery::resetMidBody(QTcpSocket* socket, const SandboxResponse& response)
{
    const QByteArray wire = response.headerBlock(false) + response.body.left(response.body.size() / 2);
    socket->write(wire);
    // Reset once the half answer has left (abort() would throw away what is still buffered).
    QPointer<QTcpSocket> guard(socket);
    const auto resetWhenSent = [guard] {
        if (guard && guard->bytesToWrite() == 0) {
            guard->abort();
        }
    };
    QObject::connect(socket, &QIODevice::bytesWritten, socket, resetWhenSent);
    QTimer::singleShot(2000, socket, [guard] {
        if (guard) {
            guard->abort();
        }
    });
}

void SandboxDelivery::trickle(QTcpSocket* socket, const SandboxResponse& response)
{
    auto* timer = new QTimer(socket);
    timer->setInterval(response.delayMs);
    QPointer<QTcpSocket> guard(socket);
    const QByteArray wire = response.toWire();
    auto position = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [guard, timer, wire, position] {
        if (!connected(guard) || *position >= wire.size()) {
            timer->deleteLater();
            return;
        }
        guard->write(wire.mid(*position, 1));
        ++*position;
    });
    timer->start();
    answerDone(socket); // every byte written restarts the idle clock
}

void SandboxDelivery::endless(QTcpSocket* socket, const SandboxResponse& response, std::function<void()> onCutOff)
{
    // A JSON list that never ends: the start of the route's answer is replaced by an opening that is kept open.
    constexpr qsizetype kChunk = 64 * 1024;
    constexpr qsizetype kBuffered = 256 * 1024;
    const QByteArray row = "{\"id\":1,\"amount\":\"150.00\",\"status\":\"paid\"},";
    QByteArray data;
    data.reserve(kChunk + row.size());
    while (data.size() < kChunk) {
        data += row;
    }
    const QByteArray chunk = chunked(data);
    socket->write(response.headerBlock(true));
    socket->write(chunked("{\"data\":["));
    QPointer<QTcpSocket> guard(socket);
    auto written = std::make_shared<qint64>(0);
    const qint64 limit = response.limitBytes > 0 ? response.limitBytes : std::numeric_limits<qint64>::max();
    const auto topUp = [guard, chunk, written, limit, onCutOff] {
        while (connected(guard) && guard->bytesToWrite() < kBuffered) {
            if (*written >= limit) {
                guard->abort();
                if (onCutOff) {
                    onCutOff();
                }
                return;
            }
            guard->write(chunk);
            *written += chunk.size();
        }
    };
    QObject::connect(socket, &QIODevice::bytesWritten, socket, topUp);
    topUp();
    answerDone(socket); // a client that stops reading stops the writes, and the idle clock closes the connection
}

} // namespace apipay::sandbox
