// Start-up shared by every libFuzzer target (tests/fuzz/CMakeLists.txt compiles this file into each one).
// The JSON readers report every unreadable value on the "apipay.json" logging category, and a fuzzer feeds almost
// nothing else: writing those lines to stderr took most of each execution. The fuzzers turn that category off once,
// before the first input; the product and the other tests keep it on. To see the lines while reproducing a finding,
// run the target with QT_LOGGING_RULES="apipay.json=true" (the environment overrides the rule set here).

#include <QLoggingCategory>
#include <QString>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    QLoggingCategory::setFilterRules(u"apipay.json=false"_s);
    return 0;
}
