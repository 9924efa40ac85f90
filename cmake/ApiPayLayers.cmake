# The layers of app/: one static library per folder, apipay_<folder>, linked only downwards:
#   money → format → domain → json → api → models / watch / images / qr / secrets / store → counter / catalog / export
#   → overview → session → (ui)
# A layer may use only the layers it names in DEPENDS, and those must be defined before it (app/CMakeLists.txt adds
# the folders bottom-up), so an upward dependency is a configuration error. Every source is also checked at build
# time: an #include "<folder>/…" of a folder the layer does not depend on stops the build (see docs/architecture.md).
#
# apipay_add_layer(<folder> [DEPENDS <folders>…] [QT <Qt modules>…] [LIBS <other targets>…] SOURCES <files>…)
function(apipay_add_layer name)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "DEPENDS;QT;LIBS;SOURCES")
    set(target apipay_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/app)

    set(layer_deps)
    foreach(dep IN LISTS ARG_DEPENDS)
        if(NOT TARGET apipay_${dep})
            message(FATAL_ERROR "app/${name} depends on app/${dep}, which is not a lower layer. "
                "Layers are added bottom-up in app/CMakeLists.txt; see docs/architecture.md.")
        endif()
        list(APPEND layer_deps apipay_${dep})
    endforeach()
    list(TRANSFORM ARG_QT PREPEND Qt6:: OUTPUT_VARIABLE qt_libs)
    target_link_libraries(${target} PUBLIC ${layer_deps} ${qt_libs} ${ARG_LIBS} PRIVATE apipay_options)

    # The include check runs whenever a source of the layer changes.
    set(files)
    foreach(src IN LISTS ARG_SOURCES)
        list(APPEND files ${CMAKE_CURRENT_SOURCE_DIR}/${src})
    endforeach()
    set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${target}_includes.checked)
    # Lists travel to the script joined with "|" (a ";" would split the command line).
    list(JOIN files "|" files_arg)
    list(JOIN ARG_DEPENDS "|" allowed_arg)
    add_custom_command(OUTPUT ${stamp}
        COMMAND ${CMAKE_COMMAND} -DLAYER=${name} "-DALLOWED=${allowed_arg}" "-DFILES=${files_arg}" -DSTAMP=${stamp}
            -P ${PROJECT_SOURCE_DIR}/cmake/CheckLayerIncludes.cmake
        DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/CheckLayerIncludes.cmake
        COMMENT "Checking the includes of app/${name} against its layers"
        VERBATIM)
    target_sources(${target} PRIVATE ${stamp})
    set_property(GLOBAL APPEND PROPERTY APIPAY_LAYERS ${name})
endfunction()
