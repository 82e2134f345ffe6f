import os

from conan import ConanFile
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load
import re


class AttacheConan(ConanFile):
    name = "attache"
    description = "Named-entity and relation extraction from diplomatic news"
    license = "Apache-2.0"
    topics = ("nlp", "relation-extraction", "event-data", "cameo")
    settings = "os", "arch", "compiler", "build_type"
    options = {"shared": [True, False], "fPIC": [True, False]}
    default_options = {"shared": False, "fPIC": True}
    exports_sources = ("CMakeLists.txt", "cmake/*", "include/*", "lib/*", "gazetteers/*",
                       "examples/*", "LICENSE*")

    def set_version(self):
        # The version lives in one place: project(attache VERSION x.y.z) in CMakeLists.txt.
        text = load(self, os.path.join(self.recipe_folder, "CMakeLists.txt"))
        self.version = re.search(r"project\(attache VERSION ([0-9.]+)", text).group(1)

    def config_options(self):
        if self.settings.os == "Windows":
            del self.options.fPIC

    def requirements(self):
        self.requires("icu/[>=72]")
        self.requires("boost/[>=1.74]", options={"header_only": True})
        self.requires("fmt/[>=9]")
        self.requires("abseil/[>=20220623]", transitive_headers=True)

    def layout(self):
        cmake_layout(self)

    def generate(self):
        CMakeDeps(self).generate()
        tc = CMakeToolchain(self)
        tc.variables["ATTACHE_BUILD_TESTS"] = False
        tc.variables["ATTACHE_BUILD_BENCH"] = False
        tc.variables["ATTACHE_BUILD_FUZZERS"] = False
        tc.variables["ATTACHE_BUILD_EXAMPLES"] = True
        tc.variables["ATTACHE_INSTALL"] = True
        tc.generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()

    def package(self):
        CMake(self).install()

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "attache")
        self.cpp_info.set_property("pkg_config_name", "attache")
        lib = self.cpp_info.components["attache"]
        lib.set_property("cmake_target_name", "attache::attache")
        lib.libs = ["attache"]
        lib.requires = ["abseil::absl_status", "abseil::absl_statusor", "abseil::absl_strings",
                        "abseil::absl_flat_hash_map", "fmt::fmt", "icu::icu-uc",
                        "icu::icu-i18n", "boost::headers"]
        self.cpp_info.resdirs = [os.path.join("share", "attache")]
        self.runenv_info.define_path("ATTACHE_DATA_DIR",
                                     os.path.join(self.package_folder, "share", "attache",
                                                  "gazetteers"))
