# One INTERFACE target carries the project's strictness; every target links it PRIVATE.
add_library(apipay_options INTERFACE)
target_compile_features(apipay_options INTERFACE cxx_std_17)
target_compile_definitions(apipay_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_CONTEXTLESS_CONNECT
    APIPAY_APP_ID="${APIPAY_APP_ID}"
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
target_compile_options(apipay_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow -Wcast-qual -Woverloaded-virtual>
    # Qt's logging macros (qCDebug(category) << …) pass no variadic argument, which Clang's -Wpedantic flags.
    $<$<CXX_COMPILER_ID:Clang,AppleClang>:-Wno-gnu-zero-variadic-macro-arguments>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive- /utf-8>)

# Sanitizers (the asan preset) and libFuzzer targets (the fuzz preset; the asan preset builds them too, so that CI
# compiles the sources once for both). With APIPAY_BUILD_FUZZERS every target that links apipay_options is also
# instrumented for coverage (-fsanitize=fuzzer-no-link: in a test binary the coverage hooks are the sanitizer
# runtime's no-ops); the fuzzers in tests/fuzz/ add the libFuzzer driver. Fuzzers need Clang.
option(APIPAY_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(APIPAY_BUILD_FUZZERS "Build the libFuzzer targets in tests/fuzz (Clang; implies the sanitizers)" OFF)
if(APIPAY_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "APIPAY_BUILD_FUZZERS needs Clang (libFuzzer): configure with the fuzz or the asan preset")
    endif()
    target_compile_options(apipay_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(APIPAY_SANITIZE OR APIPAY_BUILD_FUZZERS)
    target_compile_options(apipay_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(apipay_options INTERFACE -fsanitize=address,undefined)
endif()
