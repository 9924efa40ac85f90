# Linux: executable, desktop entry, AppStream metainfo, hicolor icons, licences (GNUInstallDirs layout).
install(TARGETS apipay-desk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/${APIPAY_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

configure_file(${CMAKE_CURRENT_SOURCE_DIR}/linux/${APIPAY_APP_ID}.metainfo.xml.in
    ${CMAKE_CURRENT_BINARY_DIR}/${APIPAY_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${APIPAY_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/icons/${APIPAY_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/icons/hicolor/${size}x${size}/apps/${APIPAY_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

install(FILES ${APIPAY_LICENSE_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/apipay-desk/licenses)

# Validation targets (CI runs them): desktop-file-validate and appstreamcli.
find_program(APIPAY_DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APIPAY_APPSTREAMCLI appstreamcli)
if(APIPAY_DESKTOP_FILE_VALIDATE AND APIPAY_APPSTREAMCLI)
    add_custom_target(validate_desktop_files
        COMMAND ${APIPAY_DESKTOP_FILE_VALIDATE} ${CMAKE_CURRENT_SOURCE_DIR}/linux/${APIPAY_APP_ID}.desktop
        COMMAND ${APIPAY_APPSTREAMCLI} validate --no-net ${CMAKE_CURRENT_BINARY_DIR}/${APIPAY_APP_ID}.metainfo.xml
        COMMENT "Validating the desktop entry and the AppStream metainfo"
        VERBATIM)
endif()
