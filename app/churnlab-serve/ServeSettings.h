#pragma once

#include "HttpTransport.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <optional>

// What churnlab-serve was asked to do, from its command line.
struct ServeSettings
{
    QString bundle;
    QHostAddress host;
    quint16 port = 8080;
    churnlab::ScoringService::Options service;
    HttpTransport::Limits limits;
    QByteArray trustedKey;

    // Parses the command line; returns the exit code when the program should stop.
    std::optional<int> parse(QCoreApplication &app);
};
