#include "sandboxfaultanswers.h"

namespace apipay::sandbox {

QByteArray SandboxFaultAnswers::malformedJson()
{
    return "{\"data\": [{\"id\": 1, \"amount\": \"15";
}

QByteArray SandboxFaultAnswers::wrongTypesJson()
{
    // Every field a route reads, with a type it does not expect: the list is a string, objects are strings or
    // numbers, amounts and ids are objects.
    return "{\"data\":\"x\",\"id\":{\"value\":1},\"amount\":{\"value\":\"150.00\"},\"status\":7,"
           "\"created_at\":[],\"updated_at\":false,\"items\":\"x\",\"meta\":\"x\",\"invoice\":\"x\","
           "\"refund\":\"x\",\"refunds\":{\"id\":1},\"total_refunded\":{},\"external_order_id\":[1],"
           "\"total\":\"many\",\"current_page\":\"one\",\"last_page\":{},\"pagination\":\"x\","
           "\"retry_after\":\"soon\",\"message\":{\"text\":1},\"error\":[1]}";
}

QByteArray SandboxFaultAnswers::padded(const QByteArray& json, int sizeMb)
{
    const qsizetype target = qsizetype(sizeMb) * 1024 * 1024;
    if (json.isEmpty() || json.size() >= target) {
        return json;
    }
    QByteArray out;
    out.reserve(target);
    out.append(json.front());
    out.append(target - json.size(), ' ');
    out.append(json.constData() + 1, json.size() - 1);
    return out;
}

SandboxResponse SandboxFaultAnswers::answer(const SandboxFault& fault, const std::function<SandboxResponse()>& handle)
{
    using Kind = SandboxFault::Kind;
    using Delivery = SandboxResponse::Delivery;
    SandboxResponse response;
    switch (fault.kind) {
    case Kind::DropBeforeHandling:
        response.drop = true;
        return response;
    case Kind::Stall:
        response.delivery = Delivery::Stall;
        return response;
    case Kind::Status:
        response = SandboxResponse::bytes(fault.status,
            fault.body.isEmpty() ? QByteArray("{\"message\":\"Server Error\"}") : fault.body, "application/json");
        for (const auto& header : fault.headers) {
            response.setHeader(header.first, header.second);
        }
        return response;
    case Kind::MalformedJson:
        return SandboxResponse::bytes(200, malformedJson(), "application/json");
    case Kind::WrongTypes:
        response = handle();
        response.status = 200;
        response.body = wrongTypesJson();
        response.contentType = "application/json";
        return response;
    case Kind::Drop:
        response = handle();
        response.drop = true;
        return response;
    case Kind::Delay:
        response = handle();
        response.delayMs = fault.delayMs;
        return response;
    case Kind::ResetMidBody:
        response = handle();
        response.delivery = Delivery::ResetMidBody;
        return response;
    case Kind::HugeBody:
        response = handle();
        response.status = 200;
        response.body = padded(response.body.isEmpty() ? QByteArray("{}") : response.body, fault.sizeMb);
        return response;
    case Kind::EndlessBody:
        response = handle();
        response.status = 200;
        response.delivery = Delivery::Endless;
        response.limitBytes = qint64(fault.sizeMb) * 1024 * 1024;
        return response;
    case Kind::Trickle:
        response = handle();
        response.delayMs = qMax(1, fault.delayMs);
        response.delivery = Delivery::Trickle;
        return response;
    }
    return handle();
}

} // namespace apipay::sandbox
