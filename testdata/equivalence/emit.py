#!/usr/bin/python3
# -*- coding: utf-8 -*-
# A stand-in module for the controller check: it prints the stdout and
# stderr bytes of the sample its arguments name, and exits with its rc.
# The samples file is named by EQUIVALENCE_SAMPLES (JSON, bytes in base64).

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import base64
import json
import os
import sys


def main():
    with open(sys.argv[1]) as f:
        args = json.load(f)
    with open(os.environ['EQUIVALENCE_SAMPLES']) as f:
        sample = json.load(f)[args['sample']]
    os.write(1, base64.b64decode(sample['stdout']))
    os.write(2, base64.b64decode(sample['stderr']))
    sys.exit(sample['rc'])


if __name__ == '__main__':
    main()
