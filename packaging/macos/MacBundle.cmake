# macOS: an app bundle with Info.plist (bundle id = app id), .icns, Qt deployment (macdeployqt under the hood),
# and a drag-and-drop DMG (CPack, see ../CMakeLists.txt). Signing and notarisation: README, "Release on macOS".
set(APIPAY_ICNS ${CMAKE_CURRENT_SOURCE_DIR}/macos/apipay-desk.icns)
set_source_files_properties(${APIPAY_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION "Resources")
target_sources(apipay-desk PRIVATE ${APIPAY_ICNS})
set_target_properties(apipay-desk PROPERTIES
    MACOSX_BUNDLE TRUE
    OUTPUT_NAME "ApiPay Desk"
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${APIPAY_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "ApiPay Desk"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE apipay-desk.icns
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER ${APIPAY_APP_ID})
set(CMAKE_OSX_DEPLOYMENT_TARGET "11.0" CACHE STRING "Minimum macOS version")

install(TARGETS apipay-desk BUNDLE DESTINATION .)
install(FILES ${APIPAY_LICENSE_FILES} DESTINATION "ApiPay Desk.app/Contents/Resources/licenses")

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET apipay-desk OUTPUT_SCRIPT APIPAY_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET apipay-desk FILENAME_VARIABLE APIPAY_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${APIPAY_DEPLOY_SCRIPT})
