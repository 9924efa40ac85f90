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
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive- /utf-8>)

# Sanitizers for the asan preset.
option(APIPAY_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(APIPAY_SANITIZE)
    target_compile_options(apipay_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(apipay_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer targets (the fuzz preset): every target that links apipay_options is instrumented for coverage and built
# with ASan + UBSan; the fuzzers in tests/fuzz/ add the libFuzzer driver. Clang only.
option(APIPAY_BUILD_FUZZERS "Build the libFuzzer targets in tests/fuzz (Clang)" OFF)
if(APIPAY_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "APIPAY_BUILD_FUZZERS needs Clang (libFuzzer): configure with the fuzz preset")
    endif()
    target_compile_options(apipay_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
        # Qt's logging macros (qCDebug(category) << …) pass no variadic argument, which Clang's -Wpedantic flags.
        -Wno-gnu-zero-variadic-macro-arguments)
    target_link_options(apipay_options INTERFACE -fsanitize=address,undefined)
endif()
