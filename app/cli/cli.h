#pragma once

namespace akim::cli {

int main(int argc, char *argv[]);

} // namespace akim::cli
